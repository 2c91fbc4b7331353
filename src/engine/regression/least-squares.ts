/** Result of a least-squares fit. */
export interface LeastSquaresFit {
  /** β minimising ‖Xβ − y‖², one per column; 0 for a dropped column. */
  coefficients: Float64Array;
  /** true for a column that was (numerically) a combination of earlier columns, e.g. all zeros. */
  dropped: boolean[];
  /** ‖Xβ − y‖², in squared target units. */
  residualSumOfSquares: number;
}

/**
 * Ordinary least squares by Householder QR, without forming XᵀX (whose
 * condition number is the square of X's). X is row-major rows × cols, y has
 * `rows` entries. Column j is reflected onto the diagonal unless what is left
 * of it after the earlier reflections has norm ≤ 1e-10 × its original norm —
 * then it adds nothing the earlier columns do not already span, and it is
 * dropped with coefficient 0 (no ridge term is needed). Cost O(rows · cols²).
 */
export function leastSquares(x: ArrayLike<number>, rows: number, cols: number, y: ArrayLike<number>): LeastSquaresFit {
  if (x.length !== rows * cols || y.length !== rows) throw new RangeError('leastSquares: shape mismatch');
  // Column-major working copy: a[j * rows + i] = X[i][j].
  const a = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) a[j * rows + i] = x[i * cols + j];
  const qty = Float64Array.from(y);
  const colNorm = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    let s = 0;
    for (let i = 0; i < rows; i++) s += a[j * rows + i] ** 2;
    colNorm[j] = Math.sqrt(s);
  }
  const dropped: boolean[] = new Array(cols).fill(false);
  const pivotRow = new Int32Array(cols).fill(-1);
  let r = 0;
  for (let j = 0; j < cols; j++) {
    const cj = j * rows;
    let s = 0;
    for (let i = r; i < rows; i++) s += a[cj + i] ** 2;
    const norm = Math.sqrt(s);
    if (r >= rows || norm <= 1e-10 * colNorm[j] || colNorm[j] === 0) {
      dropped[j] = true;
      continue;
    }
    const alpha = a[cj + r] > 0 ? -norm : norm;
    // v = column − alpha·e_r, stored in place; vᵀv = 2·norm·(norm + |a_rj|).
    a[cj + r] -= alpha;
    const vtv = 2 * norm * (norm + Math.abs(a[cj + r] + alpha));
    const reflect = (target: Float64Array, offset: number) => {
      let dot = 0;
      for (let i = r; i < rows; i++) dot += a[cj + i] * target[offset + i];
      const f = (2 * dot) / vtv;
      for (let i = r; i < rows; i++) target[offset + i] -= f * a[cj + i];
    };
    for (let l = j + 1; l < cols; l++) reflect(a, l * rows);
    reflect(qty, 0);
    a[cj + r] = alpha; // R[r][j]
    pivotRow[j] = r++;
  }
  const beta = new Float64Array(cols);
  for (let j = cols - 1; j >= 0; j--) {
    if (dropped[j]) continue;
    const row = pivotRow[j];
    let s = qty[row];
    for (let l = j + 1; l < cols; l++) if (!dropped[l]) s -= a[l * rows + row] * beta[l];
    beta[j] = s / a[j * rows + row];
  }
  let rss = 0;
  for (let i = r; i < rows; i++) rss += qty[i] ** 2;
  return { coefficients: beta, dropped, residualSumOfSquares: rss };
}
