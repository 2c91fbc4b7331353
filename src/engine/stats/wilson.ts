import { normalIsf } from './normal';

/**
 * Wilson score interval for a binomial proportion x/n at confidence 1 − α (as statsmodels'
 * proportion_confint(method='wilson')): centre (p̂ + z²/2n)/(1 + z²/n), half-width
 * z·√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n), z = z_(1−α/2). Stays inside [0, 1] and behaves at 0 and n,
 * unlike the Wald interval. Returns fractions.
 */
export function wilsonInterval(successes: number, n: number, alpha = 0.05): [number, number] {
  if (!(n > 0) || successes < 0 || successes > n) return [NaN, NaN];
  const z = normalIsf(alpha / 2);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
