import type { LatencyResult, ModelSize } from '../../engine/training/types';

/**
 * 'waiting': not every size has a finite p95 yet. 'winner-fits': the most accurate
 * model offline also fits the budget. 'winner-loses': it does not, but a smaller one
 * does. 'none-fits': no size fits.
 */
export type VerdictKind = 'waiting' | 'winner-fits' | 'winner-loses' | 'none-fits';

export interface Verdict {
  kind: VerdictKind;
  /** Highest offline accuracy (ties go to the smaller model). */
  offlineWinner: ModelSize;
  /** Most accurate size whose p95 fits the budget, once every size is measured. */
  productionWinner: ModelSize | null;
  /** p95 ≤ budget, per measured size (sizes without a finite p95 are absent). */
  fits: Partial<Record<ModelSize, boolean>>;
  /** p95 of the offline winner in ms, when measured: any budget below it makes the winner lose. */
  winnerP95: number | null;
}

/**
 * Judges a family against a latency budget: a size fits in production when its
 * measured p95 is at most `budgetMs`; the production winner is the most accurate
 * size that fits. `sizes` lists the candidates, smallest first.
 */
export function judge(
  sizes: readonly ModelSize[],
  accuracy: Readonly<Record<ModelSize, number>>,
  results: readonly LatencyResult[],
  budgetMs: number,
): Verdict {
  const byAccuracy = [...sizes].sort((a, b) => accuracy[b] - accuracy[a] || sizes.indexOf(a) - sizes.indexOf(b));
  const offlineWinner = byAccuracy[0];
  const p95 = new Map<ModelSize, number>();
  for (const r of results) if (Number.isFinite(r.latency.p95)) p95.set(r.size, r.latency.p95);
  const fits: Partial<Record<ModelSize, boolean>> = {};
  for (const size of sizes) if (p95.has(size)) fits[size] = p95.get(size)! <= budgetMs;
  const winnerP95 = p95.get(offlineWinner) ?? null;
  if (!sizes.every((s) => p95.has(s))) return { kind: 'waiting', offlineWinner, productionWinner: null, fits, winnerP95 };
  const productionWinner = byAccuracy.find((s) => fits[s]) ?? null;
  const kind: VerdictKind = productionWinner === null ? 'none-fits' : productionWinner === offlineWinner ? 'winner-fits' : 'winner-loses';
  return { kind, offlineWinner, productionWinner, fits, winnerP95 };
}
