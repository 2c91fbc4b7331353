import { randomNormal, randomUniform } from 'd3-random';
import { childSeed, createRng } from '../random/rng';
import {
  ACCEPTABLE_EFFECT,
  BAD_EFFECT,
  GUARDRAILS,
  HORIZON_DAYS,
  NEIGHBOURHOOD_INCOME,
  NEIGHBOURHOOD_SHARE,
  NOISE,
  REGIONS,
  WEEKDAY_FACTOR,
  type Guardrail,
  type ModelEffect,
  type Region,
} from './city';
import { fairnessRatio, type NeighbourhoodDay } from './fairness';
import { emptyGuardrail, guardrailBoundaries, observeGuardrail, type GuardrailState } from './sequential';

/** Guardrail limits, each in its guardrail's harm direction. */
export interface GuardrailLimits {
  /** Largest tolerated rise in mean wait time, percent of the old model's. */
  wait: number;
  /** Largest tolerated drop in drivers online, percent. */
  supply: number;
  /** Largest tolerated drop in completed trips, percent. */
  trips: number;
  /** Largest tolerated fairness ratio (poorest over richest neighbourhoods' mean price rise). */
  fairness: number;
}

/** A one-off disturbance added to one guardrail's daily value (harm direction) in one region: a concert, a storm. */
export interface Incident {
  region: number;
  /** Day of the rollout, 0-based. */
  day: number;
  guardrail: Guardrail;
  size: number;
}

export interface RolloutConfig {
  seed: number;
  /** Days each region is watched (the experiment) before the next one switches on: 2–14. */
  watchDays: number;
  /** Share of a watched region's time slots priced by the new model, in (0, 1); afterwards 1. */
  share: number;
  limits: GuardrailLimits;
  /** Family-wise false-alarm rate of the whole rollout, in (0, 0.25). */
  alpha: number;
  /** Whether one seeded region reacts badly to the new model. */
  trouble: boolean;
  incidents?: readonly Incident[];
  /** Keep per-day series (false for the many harmless replays). Default true. */
  keepSeries?: boolean;
}

/** One guardrail of one region over the days of the rollout (NaN on days it was not watched). */
export interface GuardrailSeries {
  daily: number[];
  estimate: number[];
  lower: number[];
  upper: number[];
}

export interface RegionOutcome {
  name: string;
  ridersPerDay: number;
  /** First day on the new model (may be ≥ the horizon: never switched on). */
  start: number;
  /** Last day of its watch window. */
  watchEnd: number;
  bad: boolean;
  /** Riders priced by the new model in this region. */
  reached: number;
  series: Record<Guardrail, GuardrailSeries> | null;
}

/** A guardrail broken with the rule's confidence. */
export interface Breach {
  day: number;
  region: number;
  guardrail: Guardrail;
  look: number;
  estimate: number;
  lower: number;
  t: number;
  boundary: number;
}

export interface RolloutResult {
  horizon: number;
  /** Per-guardrail, per-region false-alarm rate: α / (4 guardrails × regions). */
  alphaPerTest: number;
  /** t boundaries of the watch window's looks. */
  boundaries: number[];
  regions: RegionOutcome[];
  badRegion: number | null;
  /** The rollback (first breach of the day it fired), or null. */
  rollback: Breach | null;
  /** Every breach of the rollback day. */
  breaches: Breach[];
  ridersReached: number;
  /** Riders priced by the new model in the region where it misbehaves, before rollback. */
  ridersExposed: number;
  /** Days from the bad region's switch-on to a rollback its own guardrails fired, inclusive; null if they did not. */
  daysToDetection: number | null;
  /** Cumulative riders reached / exposed by the end of each day. */
  reachedByDay: number[];
  exposedByDay: number[];
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(`simulateRollout: ${message}`);
}

const series = (n: number): GuardrailSeries => ({
  daily: new Array<number>(n).fill(NaN),
  estimate: new Array<number>(n).fill(NaN),
  lower: new Array<number>(n).fill(NaN),
  upper: new Array<number>(n).fill(NaN),
});

/**
 * One region-day of the switchback experiment: both arms (new- and old-model slots) measured with
 * noise, returned as the four guardrail values in harm direction:
 * wait = (W_new/W_old − 1)·100 %, supply = (1 − S_new/S_old)·100 %, trips = (1 − C_new/C_old)·100 %,
 * fairness = fairnessRatio of the new-model slots. Each arm's mean is μ·(1 + τZ) (+ σZ′/√n for means
 * over n trips; completion uses the normal approximation √(p(1 − p)/n)).
 */
function regionDay(region: Region, effect: ModelEffect, riders: number, share: number, normal: () => number): Record<Guardrail, number> {
  const shock = 1 + NOISE.dayShock * normal();
  const arm = (isNew: boolean) => {
    const n = Math.max(1, Math.round(riders * (isNew ? share : 1 - share)));
    const e = isNew ? effect : { wait: 0, supply: 0, trips: 0, poorRise: 0 };
    const waitMean = region.waitMinutes * shock * (1 + e.wait);
    const wait = waitMean * (1 + NOISE.wait.tau * normal()) + (NOISE.wait.sigmaMinutes * normal()) / Math.sqrt(n);
    const supply = (region.driversPer100 / shock) * (1 - e.supply) * (1 + NOISE.supply.tau * normal());
    const p = region.completion * (1 - e.trips);
    const trips = (p + Math.sqrt((p * (1 - p)) / n) * normal()) * (1 + NOISE.trips.tau * normal());
    const hoods: NeighbourhoodDay[] = NEIGHBOURHOOD_INCOME.map((income, i) => {
      const m = Math.max(1, Math.round(n * NEIGHBOURHOOD_SHARE[i]));
      const mu = region.baseRise * (1 + (e.poorRise * (NEIGHBOURHOOD_INCOME.length - 1 - i)) / (NEIGHBOURHOOD_INCOME.length - 1));
      return { income, trips: m, meanRise: mu * (1 + NOISE.rise.tau * normal()) + (NOISE.rise.sigma * normal()) / Math.sqrt(m) };
    });
    return { wait, supply, trips, hoods };
  };
  const neu = arm(true);
  const old = arm(false);
  return {
    wait: (neu.wait / old.wait - 1) * 100,
    supply: (1 - neu.supply / old.supply) * 100,
    trips: (1 - neu.trips / old.trips) * 100,
    fairness: fairnessRatio(neu.hoods),
  };
}

/**
 * Simulates a region-by-region release of a new pricing model over HORIZON_DAYS days. Region r
 * switches on at day r·watchDays and is watched for watchDays days as a switchback experiment: a
 * share `share` of its time slots use the new model, the rest the old one, so riders who share
 * drivers share a price. After its watch window the region moves to the new model entirely. Each
 * day of a watch window, each of the four guardrails is tested with the one-sided sequential t-rule
 * of observeGuardrail at α/(4·regions) (Bonferroni over guardrails and regions, so a model whose
 * true effects all lie within the limits is rolled back somewhere with probability at most α, for
 * near-normal daily values; in 300 seeded harmless rollouts at the defaults it never was). The first breach rolls the model back in
 * every region at the end of that day. With `trouble`, one seeded region gets BAD_EFFECT; every
 * region gets ACCEPTABLE_EFFECT otherwise. Riders per day = ridersPerDay·WEEKDAY_FACTOR (no noise).
 * Same config ⇒ identical result; the noise does not depend on `trouble` or the limits.
 */
export function simulateRollout(config: RolloutConfig): RolloutResult {
  const { watchDays: W, share, limits, alpha } = config;
  check(Number.isInteger(W) && W >= 2 && W <= 14, 'watchDays must be an integer in [2, 14]');
  check(share > 0 && share < 1, 'share must be in (0, 1)');
  check(alpha > 0 && alpha < 0.25, 'alpha must be in (0, 0.25)');
  check(GUARDRAILS.every((g) => Number.isFinite(limits[g])), 'every limit must be a finite number');
  const keep = config.keepSeries ?? true;
  const H = HORIZON_DAYS;
  const alphaPerTest = alpha / (GUARDRAILS.length * REGIONS.length);
  const boundaries = guardrailBoundaries(W, alphaPerTest);
  const badRegion = config.trouble ? Math.floor(randomUniform.source(createRng(childSeed(config.seed, 'bad-region')))(0, REGIONS.length)()) : null;

  const regions: RegionOutcome[] = REGIONS.map((region, r) => ({
    name: region.name,
    ridersPerDay: region.ridersPerDay,
    start: r * W,
    watchEnd: r * W + W - 1,
    bad: r === badRegion,
    reached: 0,
    series: keep ? { wait: series(H), supply: series(H), trips: series(H), fairness: series(H) } : null,
  }));
  const states: Record<Guardrail, GuardrailState>[] = REGIONS.map(() => ({
    wait: emptyGuardrail(),
    supply: emptyGuardrail(),
    trips: emptyGuardrail(),
    fairness: emptyGuardrail(),
  }));
  const normals = REGIONS.map((_, r) => randomNormal.source(createRng(childSeed(config.seed, `region-${r}`)))(0, 1));
  const reachedByDay: number[] = [];
  const exposedByDay: number[] = [];
  let reached = 0;
  let exposed = 0;
  const breaches: Breach[] = [];

  for (let day = 0; day < H && breaches.length === 0; day++) {
    REGIONS.forEach((region, r) => {
      const outcome = regions[r];
      if (day < outcome.start) return;
      const riders = Math.round(region.ridersPerDay * WEEKDAY_FACTOR[day % 7]);
      const watching = day <= outcome.watchEnd;
      const priced = watching ? Math.round(riders * share) : riders;
      outcome.reached += priced;
      reached += priced;
      if (outcome.bad) exposed += priced;
      if (!watching) return;
      const values = regionDay(region, outcome.bad ? BAD_EFFECT : ACCEPTABLE_EFFECT, riders, share, normals[r]);
      for (const incident of config.incidents ?? []) {
        if (incident.region === r && incident.day === day) values[incident.guardrail] += incident.size;
      }
      for (const g of GUARDRAILS) {
        const look = observeGuardrail(states[r][g], values[g], limits[g], boundaries);
        if (outcome.series) {
          const s = outcome.series[g];
          s.daily[day] = values[g];
          s.estimate[day] = look.estimate;
          s.lower[day] = look.lower;
          s.upper[day] = look.upper;
        }
        if (look.breached) {
          breaches.push({ day, region: r, guardrail: g, look: look.look, estimate: look.estimate, lower: look.lower, t: look.t, boundary: look.boundary });
        }
      }
    });
    reachedByDay.push(reached);
    exposedByDay.push(exposed);
  }
  while (reachedByDay.length < H) {
    reachedByDay.push(reached);
    exposedByDay.push(exposed);
  }
  const rollback = breaches[0] ?? null;
  const bad = badRegion === null ? null : regions[badRegion];
  const caught = rollback !== null && bad !== null && rollback.region === badRegion;
  return {
    horizon: H,
    alphaPerTest,
    boundaries,
    regions,
    badRegion,
    rollback,
    breaches,
    ridersReached: reached,
    ridersExposed: exposed,
    daysToDetection: caught && bad ? rollback.day - bad.start + 1 : null,
    reachedByDay,
    exposedByDay,
  };
}
