import { midpoint, type Splitter } from './grow';

/**
 * Gini splitter for k classes. Node impurity: G = 1 − Σ_c (N_c / n)².
 * A split into left L and right R is scored by Σ_c L_c²/n_L + Σ_c R_c²/n_R,
 * which equals n · (1 − weighted child Gini), so maximising the score minimises
 * n_L·G_L + n_R·G_R. The scan keeps Σ L_c² and Σ R_c² up to date in O(1) per
 * row moved (moving one row of class c: ΣL² += 2L_c + 1, ΣR² −= 2R_c − 1).
 */
export function giniSplitter(labels: ArrayLike<number>, k: number): Splitter {
  const counts = new Float64Array(k);
  const seg = new Float64Array(k);
  const left = new Float64Array(k);
  const right = new Float64Array(k);
  let n = 0;
  let sumSq = 0;

  return {
    threshold: 0,
    node(rows, lo, hi) {
      counts.fill(0);
      for (let i = lo; i < hi; i++) counts[labels[rows[i]]]++;
      n = hi - lo;
      sumSq = 0;
      for (let c = 0; c < k; c++) sumSq += counts[c] * counts[c];
      return n === 0 ? 0 : 1 - sumSq / (n * n);
    },
    value: () => Array.from(counts),
    pure() {
      let nonEmpty = 0;
      for (let c = 0; c < k; c++) if (counts[c] > 0) nonEmpty++;
      return nonEmpty <= 1;
    },
    baseline: () => sumSq / n,
    scan(ids, vals, lo, hi, nNode, minLeaf) {
      seg.fill(0);
      for (let j = lo; j < hi; j++) seg[labels[ids[j]]]++;
      const nZero = nNode - (hi - lo);
      left.fill(0);
      right.set(counts);
      let sumL = 0;
      let sumR = sumSq;
      let nL = 0;
      let zeroDone = nZero === 0;
      let prev = 0;
      let best = -Infinity;
      let j = lo;
      while (j < hi || !zeroDone) {
        const zeroNext = !zeroDone && (j >= hi || vals[j] > 0);
        const next = zeroNext ? 0 : vals[j];
        if (nL >= minLeaf && next > prev) {
          if (nNode - nL < minLeaf) break;
          const s = sumL / nL + sumR / (nNode - nL);
          if (s > best) {
            best = s;
            this.threshold = midpoint(prev, next);
          }
        }
        if (zeroNext) {
          for (let c = 0; c < k; c++) {
            const z = counts[c] - seg[c];
            if (z === 0) continue;
            sumL += z * (2 * left[c] + z);
            sumR -= z * (2 * right[c] - z);
            left[c] += z;
            right[c] -= z;
          }
          nL += nZero;
          zeroDone = true;
          prev = 0;
        } else {
          const c = labels[ids[j]];
          sumL += 2 * left[c] + 1;
          sumR -= 2 * right[c] - 1;
          left[c]++;
          right[c]--;
          nL++;
          prev = vals[j++];
        }
      }
      return best;
    },
  };
}
