// The Drift lab's simulated year: its fixed shape (days, features, drift dates) and the knobs a learner turns.

/** Days in the simulated year (day 0 is a Monday). */
export const DAYS = 365;
/** Days of labelled history a model is trained on (its training window), also its monitoring reference. */
export const WINDOW = 7;
/** Longest label delay a scenario may ask for, in days. */
export const MAX_DELAY = 14;
/** Days generated before day 0, so every training window (WINDOW days ending `delay` days back) exists. */
export const HISTORY = WINDOW + MAX_DELAY;
/** A drift-triggered retrain waits at least this many days after the previous one (the rate limit). */
export const COOLDOWN = 7;
/** Day of the app release (sudden drift). */
export const SUDDEN_DAY = 150;
/** Concept drift ramps in over these days (first day, last day). */
export const CONCEPT_DAYS = [210, 230] as const;
/** Days on which the training-data export is broken: labels are joined to the wrong sessions. */
export const BROKEN_EXPORT_DAYS: readonly number[] = [150, 151, 152, 300, 301, 302];
/** Days whose measured accuracy the accuracy alarm averages. */
export const ACCURACY_ALARM_DAYS = 3;
/** The accuracy alarm fires when measured accuracy falls this far below the champion's training accuracy. */
export const ACCURACY_ALARM_DROP = 0.05;
/** A challenger is promoted when its shadow accuracy is at most this far below the served model's on the same days. */
export const SHADOW_TOLERANCE = 0.01;
/** A day on which the served model's accuracy is below this is an incident. */
export const ACCURACY_FLOOR = 0.7;

export const DEVICES = ['tv', 'mobile', 'laptop', 'tablet'] as const;
export const GENRES = ['drama', 'comedy', 'action', 'documentary', 'kids'] as const;
/** The monitored features, in the order of every per-feature array. */
export const FEATURES = ['watch', 'hour', 'device', 'genre'] as const;
export type FeatureKey = (typeof FEATURES)[number];
export const NUMERIC_FEATURES: readonly FeatureKey[] = ['watch', 'hour'];

export type Policy = 'never' | 'daily' | 'drift';
export const POLICIES: readonly Policy[] = ['never', 'daily', 'drift'];
/** How the PSI alarm line is set: a fixed rule of thumb, or scaled to the two sample sizes. */
export type ThresholdMode = 'fixed-0.1' | 'fixed-0.2' | 'scaled';
export const THRESHOLD_MODES: readonly ThresholdMode[] = ['scaled', 'fixed-0.1', 'fixed-0.2'];

/** Which kinds of drift the stream carries. */
export interface DriftSwitches {
  /** Day SUDDEN_DAY: a TV-app release moves the device mix to TV and lengthens TV sessions. */
  sudden: boolean;
  /** All year: sessions get shorter and documentaries gain share, a little every day. */
  gradual: boolean;
  /** Weekends (later, longer viewing) and seasons (kids' titles in summer and at year end). */
  recurring: boolean;
  /** CONCEPT_DAYS: what predicts finishing changes (mobile and documentary viewers), inputs unchanged. */
  concept: boolean;
  /** BROKEN_EXPORT_DAYS: a model trained on those days learns from mislabelled data. */
  brokenExports: boolean;
}

/** Everything that fixes one simulated year. */
export interface YearSpec extends DriftSwitches {
  seed: number;
  /** Viewing sessions per day. */
  eventsPerDay: number;
  /** Days until a session's outcome (finished or not) is known. */
  labelDelay: number;
  policy: Policy;
  thresholdMode: ThresholdMode;
  /** Labelled days a challenger is scored in shadow before it may replace the champion; 0 promotes at once. */
  shadowDays: number;
}

/** Bounds a year request is clamped to: they keep a daily-retrain year within a few seconds. */
export const YEAR_BOUNDS = {
  eventsPerDay: { min: 50, max: 1_000, default: 200 },
  labelDelay: { min: 0, max: MAX_DELAY, default: 3 },
  shadowDays: { min: 0, max: 14, default: 3 },
} as const;
