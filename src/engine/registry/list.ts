import type { ModelMeta, ModelStage } from '../../persistence/schema';

/** Columns the registry sorts by. */
export type ModelSortKey = 'createdAt' | 'name' | 'stage' | 'metric';

/** What the registry list shows: a stage, a lab, words in the name (case-insensitive). */
export interface ModelFilter {
  stage?: ModelStage;
  lab?: string;
  text?: string;
}

const STAGE_ORDER: Record<ModelStage, number> = { production: 0, staging: 1, none: 2, archived: 3 };

/** The models that pass `filter` (every given condition must hold). O(n). */
export function filterModels<T extends ModelMeta>(models: readonly T[], filter: ModelFilter): T[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  return models.filter(
    (m) =>
      (filter.stage === undefined || m.stage === filter.stage) &&
      (filter.lab === undefined || m.lab === filter.lab) &&
      (text === '' || m.name.toLowerCase().includes(text)),
  );
}

/**
 * A sorted copy of `models`. `metric` sorts by `metrics[metricName]` (missing values
 * last); `stage` orders production, staging, none, archived; ties fall back to newest
 * first, then id, so the order is total and stable. O(n log n).
 */
export function sortModels<T extends ModelMeta>(models: readonly T[], key: ModelSortKey, descending: boolean, metricName = 'macroF1'): T[] {
  const sign = descending ? -1 : 1;
  const value = (m: T): number | string => {
    if (key === 'name') return m.name.toLowerCase();
    if (key === 'stage') return STAGE_ORDER[m.stage];
    if (key === 'metric') return m.metrics[metricName] ?? Number.NaN;
    return m.createdAt;
  };
  return [...models].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const aMissing = typeof va === 'number' && Number.isNaN(va);
    const bMissing = typeof vb === 'number' && Number.isNaN(vb);
    if (aMissing !== bMissing) return aMissing ? 1 : -1;
    if (!aMissing && va !== vb) return (va < vb ? -1 : 1) * sign;
    return b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
