import { midpoint, type Splitter } from './grow';

/**
 * Variance-reduction (squared error) splitter for a real target y. Node
 * impurity: MSE = (1/n) Σ (y − ȳ)², in target units². A split is scored by
 * S_L²/n_L + S_R²/n_R (S = sum of y on a side); the children's total squared
 * error is Σy² − score, so maximising the score minimises it.
 */
export function mseSplitter(y: ArrayLike<number>): Splitter {
  let n = 0;
  let sum = 0;
  let sumSq = 0;

  return {
    threshold: 0,
    node(rows, lo, hi) {
      n = hi - lo;
      sum = 0;
      sumSq = 0;
      for (let i = lo; i < hi; i++) {
        const v = y[rows[i]];
        sum += v;
        sumSq += v * v;
      }
      if (n === 0) return 0;
      return Math.max(0, sumSq / n - (sum / n) ** 2);
    },
    value: () => [n === 0 ? 0 : sum / n],
    pure: () => n === 0 || sumSq / n - (sum / n) ** 2 <= 1e-12 * (sumSq / n),
    baseline: () => (sum * sum) / n,
    scan(ids, vals, lo, hi, nNode, minLeaf) {
      let segSum = 0;
      for (let j = lo; j < hi; j++) segSum += y[ids[j]];
      const nZero = nNode - (hi - lo);
      let sL = 0;
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
          const sR = sum - sL;
          const s = (sL * sL) / nL + (sR * sR) / (nNode - nL);
          if (s > best) {
            best = s;
            this.threshold = midpoint(prev, next);
          }
        }
        if (zeroNext) {
          sL += sum - segSum;
          nL += nZero;
          zeroDone = true;
          prev = 0;
        } else {
          sL += y[ids[j]];
          nL++;
          prev = vals[j++];
        }
      }
      return best;
    },
  };
}
