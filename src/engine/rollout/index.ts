// The Regional rollout lab's engine: a simulated city, the fairness measure, the sequential guardrail rule.
export { ACCEPTABLE_EFFECT, BAD_EFFECT, GUARDRAILS, HORIZON_DAYS, REGIONS, type Guardrail, type Region } from './city';
export { fairnessRatio, type NeighbourhoodDay } from './fairness';
export { emptyGuardrail, firstBreach, guardrailBoundaries, observeGuardrail, type GuardrailLook, type GuardrailState } from './sequential';
export {
  simulateRollout,
  type Breach,
  type GuardrailLimits,
  type GuardrailSeries,
  type Incident,
  type RegionOutcome,
  type RolloutConfig,
  type RolloutResult,
} from './simulate';
export { regionStatus, type RegionStatus } from './status';
export { harmlessReplays, type ReplayResult } from './replays';
