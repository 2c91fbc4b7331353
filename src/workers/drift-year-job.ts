import { POLICIES, THRESHOLD_MODES, YEAR_BOUNDS, type YearSpec } from '../engine/drift-stream/config';
import type { Clamp, Validation } from './jobs';

const SWITCHES = ['sudden', 'gradual', 'recurring', 'concept', 'brokenExports'] as const;

/**
 * Checks a Drift lab year request and returns a bounded copy: policy and threshold mode must be known
 * names and the drift switches booleans (else refused); events a day, label delay and shadow days are
 * rounded and clamped to YEAR_BOUNDS (and reported); the seed is truncated to an integer.
 */
export function validateYearSpec(spec: YearSpec): Validation<YearSpec> {
  if (typeof spec !== 'object' || spec === null) return { ok: false, error: 'The year request is missing.' };
  if (!POLICIES.includes(spec.policy)) return { ok: false, error: `policy must be one of ${POLICIES.join(', ')}.` };
  if (!THRESHOLD_MODES.includes(spec.thresholdMode)) return { ok: false, error: `thresholdMode must be one of ${THRESHOLD_MODES.join(', ')}.` };
  for (const f of SWITCHES) if (typeof spec[f] !== 'boolean') return { ok: false, error: `${f} must be true or false.` };
  for (const f of ['seed', 'eventsPerDay', 'labelDelay', 'shadowDays'] as const) {
    if (typeof spec[f] !== 'number' || !Number.isFinite(spec[f])) return { ok: false, error: `${f} must be a finite number.` };
  }
  const clamped: Clamp[] = [];
  const clamp = (field: keyof typeof YEAR_BOUNDS) => {
    const used = Math.min(YEAR_BOUNDS[field].max, Math.max(YEAR_BOUNDS[field].min, Math.round(spec[field])));
    if (used !== spec[field]) clamped.push({ field, requested: spec[field], used });
    return used;
  };
  const value: YearSpec = {
    seed: Math.trunc(spec.seed),
    eventsPerDay: clamp('eventsPerDay'),
    labelDelay: clamp('labelDelay'),
    shadowDays: clamp('shadowDays'),
    policy: spec.policy,
    thresholdMode: spec.thresholdMode,
    sudden: spec.sudden,
    gradual: spec.gradual,
    recurring: spec.recurring,
    concept: spec.concept,
    brokenExports: spec.brokenExports,
  };
  return { ok: true, value, clamped };
}
