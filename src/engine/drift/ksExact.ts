// Exact null distribution of the two-sample Kolmogorov–Smirnov statistic, as scipy.stats.ks_2samp
// computes it for small samples (scipy 1.17 `_compute_prob_outside_square` and the pythran
// `_compute_outer_prob_inside_method`, after Hodges 1958 and Viehmann 2021). Our own code.

/**
 * P(D ≥ h/n) for two samples of equal size n (0 < h ≤ n, h an integer): the share of the
 * binom(2n, n) lattice paths that leave the band |x − y| < h, by the reflection formula
 * 2·Σ_k (−1)^(k+1) binom(2n, n − k·h)/binom(2n, n), evaluated Horner-style as
 * 2·A0·(1 − A1·(1 − A2·(…))) with each ratio A_k built from h factors, so nothing cancels or overflows.
 */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    p = term * (1 - p);
  }
  return 2 * p;
}

/**
 * P(D ≥ h/lcm(m, n)) for sample sizes m and n with g = gcd(m, n): one minus the share of lattice
 * paths from (0, 0) to (m, n) that stay strictly inside |n·x/g − m·y/g| < h. The share is propagated
 * column by column directly as a probability (Viehmann's recursion for 1 − p), keeping only the
 * sliding window of y values inside the band: O(m · window) time, window ≈ 2·h·g/m + 2.
 */
export function probOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const a = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1];
}
