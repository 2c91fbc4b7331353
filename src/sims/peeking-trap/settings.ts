import type { PeekingConfig } from '../../engine/experiments';

/** The Peeking trap's controls (α in percent). */
export interface PeekingSettings {
  seed: number;
  experiments: number;
  looks: number;
  visitors: number;
  alpha: number;
}

/** Conversion rate of both arms of every A/A test. */
export const BASELINE = 0.05;

export function toPeekingConfig(s: PeekingSettings): PeekingConfig {
  return { experiments: s.experiments, looks: s.looks, visitorsPerLook: s.visitors, baseline: BASELINE, alpha: s.alpha / 100, seed: s.seed };
}

export function settingsKey(s: PeekingSettings): string {
  return [s.seed, s.experiments, s.looks, s.visitors, s.alpha].join('|');
}
