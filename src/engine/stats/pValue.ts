import { normalCdf, normalSf } from './normal';
import { studentTSf } from './studentT';

/**
 * Direction of the alternative hypothesis about the difference B − A (treatment minus control),
 * named as in scipy: 'two-sided' (B ≠ A), 'greater' (B > A), 'less' (B < A).
 * statsmodels calls the one-sided cases 'larger' and 'smaller'.
 */
export type Alternative = 'two-sided' | 'greater' | 'less';

/**
 * p-value of a standard-normal test statistic z = (estimate B − A)/SE:
 * two-sided 2·P(Z > |z|), greater P(Z > z), less P(Z < z). Dimensionless, in [0, 1].
 */
export function pValueFromZ(z: number, alternative: Alternative = 'two-sided'): number {
  if (Number.isNaN(z)) return NaN;
  if (alternative === 'greater') return normalSf(z);
  if (alternative === 'less') return normalCdf(z);
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}

/**
 * p-value of a Student-t statistic with ν degrees of freedom (ν may be fractional):
 * two-sided 2·P(T > |t|), greater P(T > t), less P(T < t). Dimensionless, in [0, 1].
 */
export function pValueFromT(t: number, df: number, alternative: Alternative = 'two-sided'): number {
  if (Number.isNaN(t)) return NaN;
  if (alternative === 'greater') return studentTSf(t, df);
  if (alternative === 'less') return studentTSf(-t, df);
  return Math.min(1, 2 * studentTSf(Math.abs(t), df));
}
