/**
 * The simulated city of the Regional rollout lab: six regions with their own demand and baselines,
 * eight neighbourhoods each (ranked by income), and the true effects of the new pricing model.
 * Invented numbers of a plausible size, not any company's data.
 */

/** The four guardrails, each measured so that larger is worse. */
export const GUARDRAILS = ['wait', 'supply', 'trips', 'fairness'] as const;
export type Guardrail = (typeof GUARDRAILS)[number];

export interface Region {
  name: string;
  /** Ride requests on an average day. */
  ridersPerDay: number;
  /** Mean rider wait under the old model, minutes. */
  waitMinutes: number;
  /** Drivers online per 100 ride requests under the old model. */
  driversPer100: number;
  /** Share of requests that end in a completed trip under the old model. */
  completion: number;
  /** Mean price rise over the base fare under the old model, as a fraction. */
  baseRise: number;
}

/** The regions in rollout order. */
export const REGIONS: readonly Region[] = [
  { name: 'Old Town', ridersPerDay: 9000, waitMinutes: 4.5, driversPer100: 22, completion: 0.93, baseRise: 0.18 },
  { name: 'Harbour', ridersPerDay: 6000, waitMinutes: 5.5, driversPer100: 19, completion: 0.91, baseRise: 0.22 },
  { name: 'University', ridersPerDay: 7000, waitMinutes: 4.8, driversPer100: 21, completion: 0.92, baseRise: 0.2 },
  { name: 'Northgate', ridersPerDay: 5000, waitMinutes: 6.0, driversPer100: 18, completion: 0.9, baseRise: 0.24 },
  { name: 'Airport', ridersPerDay: 4000, waitMinutes: 7.5, driversPer100: 25, completion: 0.94, baseRise: 0.26 },
  { name: 'Eastfield', ridersPerDay: 8000, waitMinutes: 5.2, driversPer100: 20, completion: 0.92, baseRise: 0.21 },
];

/** Neighbourhoods per region, poorest first; their income index and share of the region's trips. */
export const NEIGHBOURHOOD_INCOME: readonly number[] = [22, 28, 34, 41, 49, 58, 70, 88];
export const NEIGHBOURHOOD_SHARE: readonly number[] = [0.16, 0.15, 0.14, 0.13, 0.12, 0.11, 0.1, 0.09];

/** Demand by day of the week (day 0 is a Monday). */
export const WEEKDAY_FACTOR: readonly number[] = [1.0, 0.95, 0.95, 1.0, 1.1, 1.25, 1.05];

/**
 * True effects of the new model as fractions of the old model's value: wait time up, driver supply
 * down, completed trips down, and `poorRise`, the extra price rise in the poorest neighbourhood
 * (falling linearly to none in the richest, so the fairness ratio is about 1 + 0.93·poorRise).
 */
export interface ModelEffect {
  wait: number;
  supply: number;
  trips: number;
  poorRise: number;
}

/** Everywhere: small costs the business has agreed to accept for better prices elsewhere. */
export const ACCEPTABLE_EFFECT: ModelEffect = { wait: 0.02, supply: 0.01, trips: 0.005, poorRise: 0.05 };
/** In the one region that reacts badly: drivers log off at the new prices, and poorer areas pay more. */
export const BAD_EFFECT: ModelEffect = { wait: 0.2, supply: 0.1, trips: 0.05, poorRise: 0.6 };

/**
 * Noise of one arm's daily measurement (the new-model or old-model time slots of one region-day):
 * relative slot-to-slot spread τ and, where a mean is taken over trips, the per-trip standard deviation σ.
 */
export const NOISE = {
  /** Weather and events: a shared daily factor on wait and supply in both arms (relative sd). */
  dayShock: 0.08,
  wait: { tau: 0.02, sigmaMinutes: 3 },
  supply: { tau: 0.025 },
  trips: { tau: 0.008 },
  rise: { tau: 0.03, sigma: 0.12 },
} as const;

/** The simulation covers 12 weeks. */
export const HORIZON_DAYS = 84;
