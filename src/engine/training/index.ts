/**
 * Everything the training worker uses, behind one module so the worker can load
 * it (and TF.js with it) in a single dynamic import: a separate chunk that the page
 * never downloads until a lab trains.
 */
export {
  calibrate,
  initBackend,
  isWebglContextLost,
  loseWebglContextForTesting,
  onWebglContextLost,
  type BackendInfo,
} from './backends';
export { trainClassifier, readWeights } from './mlp';
export { trainLogistic } from './logistic';
export { tfDriftTrainer } from './driftFit';
export { predictRows, argmaxRows, outputWidth } from './predict';
export { saveToArtifact, loadFromArtifact } from './serialize';
export { measureLatency } from './latency';
export { benchMatmul } from './matmul-bench';
export { chooseBackend } from './backend-policy';
export { TrainingError } from './errors';
export type { LayersModel } from '@tensorflow/tfjs';
export type { BatchMetrics, EpochMetrics, TrainHistory } from './types';
