/**
 * How the lab fits its logistic regression: Adam on the whole training set at
 * once (the batch size is clamped to the number of rows), standardized inputs,
 * weights from zero. On the default cohorts this lands within about 0.02 of the
 * maximum-likelihood coefficients (tests/unit/engine/training/logistic.test.ts),
 * where mini-batches of 128–512 rows left 0.05–0.1 of jitter.
 */
export const CLINICIAN_TRAINING = {
  epochs: 100,
  batchSize: 4096,
  learningRate: 0.08,
} as const;
