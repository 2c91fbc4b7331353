// Simulations for lesson 4: the A/B test lab, the Peeking trap and Many small wins.
export {
  type ArmTotals,
  type DayResult,
  type ExperimentConfig,
  DEFAULT_ORDER_VALUE,
  DEFAULT_SESSION_DURATION,
  simulateExperiment,
} from './simulateExperiment';
export { type LogNormalKpi, type SumPair, EXACT_BELOW, createLogNormalSums, logNormalMu } from './logNormalSums';
export { type PeekingConfig, type PeekingResult, peekingSimulation } from './peeking';
export {
  type ChangeKind,
  type ChangeOutcome,
  type EffectDistribution,
  type ManySmallWinsConfig,
  type ManySmallWinsResult,
  manySmallWins,
} from './manySmallWins';
