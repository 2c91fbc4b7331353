// Statistics for the experiments lesson: distributions, tests, power, sequential boundaries.
export { erf, erfc } from './erf';
export { normalCdf, normalIsf, normalPdf, normalQuantile, normalSf } from './normal';
export { logBeta, logGamma } from './logGamma';
export { regularizedGammaP, regularizedGammaQ } from './incompleteGamma';
export { regularizedBeta, regularizedBetaComplement } from './incompleteBeta';
export { studentTCdf, studentTIsf, studentTPdf, studentTQuantile, studentTSf } from './studentT';
export { chiSquareCdf, chiSquareSf } from './chiSquare';
export { type Alternative, pValueFromT, pValueFromZ } from './pValue';
export { type RelativeLift, relativeLift } from './relativeLift';
export { type ConversionCounts, type TestOptions, type TwoProportionResult, twoProportionTest } from './twoProportion';
export { type SampleSummary, type WelchResult, summaryFromSums, welchTTest } from './welch';
export {
  type MdeInput,
  type PowerInput,
  type SampleSizeInput,
  minimumDetectableEffect,
  sampleSizePerVariant,
  twoProportionPower,
} from './power';
export { type SampleRatioMismatchResult, sampleRatioMismatch } from './sampleRatioMismatch';
export { type SequentialDesign, lanDeMetsBoundaries, obrienFlemingSpent } from './groupSequential';
