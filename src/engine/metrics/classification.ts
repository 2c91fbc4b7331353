/** Labels are class indices 0..k-1, as a typed array or a plain array. */
export type Labels = ArrayLike<number>;

function checkLengths(yTrue: Labels, yPred: Labels): void {
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`label arrays differ in length: ${yTrue.length} vs ${yPred.length}`);
  }
}

/**
 * Accuracy = (number of i with yPred[i] = yTrue[i]) / n, a fraction in [0, 1].
 * NaN for empty input.
 */
export function accuracy(yTrue: Labels, yPred: Labels): number {
  checkLengths(yTrue, yPred);
  if (yTrue.length === 0) return NaN;
  let hits = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hits++;
  return hits / yTrue.length;
}

/**
 * Confusion matrix C with C[t][p] = number of examples of true class t predicted
 * as class p (rows: truth, columns: prediction), for classes 0..k-1.
 */
export function confusionMatrix(yTrue: Labels, yPred: Labels, k: number): number[][] {
  checkLengths(yTrue, yPred);
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if (t < 0 || t >= k || p < 0 || p >= k) throw new RangeError(`label out of range 0..${k - 1}`);
    m[t][p]++;
  }
  return m;
}

/**
 * Per-class F1 = 2·TP / (2·TP + FP + FN) (the harmonic mean of precision and
 * recall), for classes 0..k-1. A class that never occurs in yTrue nor in yPred
 * has no F1 (NaN); a class that occurs but is never hit has F1 = 0.
 */
export function f1PerClass(yTrue: Labels, yPred: Labels, k: number): number[] {
  const m = confusionMatrix(yTrue, yPred, k);
  return m.map((row, c) => {
    const tp = row[c];
    let fn = 0;
    let fp = 0;
    for (let j = 0; j < k; j++) {
      if (j === c) continue;
      fn += row[j];
      fp += m[j][c];
    }
    const denom = 2 * tp + fp + fn;
    return denom === 0 ? NaN : (2 * tp) / denom;
  });
}

/**
 * Macro-F1: the unweighted mean of per-class F1 over the classes that occur in
 * yTrue or yPred (classes absent from both are skipped), a fraction in [0, 1].
 * Every class counts equally, however rare. NaN for empty input.
 */
export function macroF1(yTrue: Labels, yPred: Labels, k: number): number {
  const f1 = f1PerClass(yTrue, yPred, k).filter((x) => !Number.isNaN(x));
  if (f1.length === 0) return NaN;
  return f1.reduce((a, b) => a + b, 0) / f1.length;
}
