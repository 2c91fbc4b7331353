import { COMPONENTS, CONTRACT_UPDATE_DAYS, LINKS, RETEST_DAYS, downstreamOf, type Architecture, type Component } from './pipeline';

export const CHANGE_KINDS = ['data-source', 'new-kpi', 'explain', 'regulation', 'replace-model'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The components each kind of change request edits, with the person-days of that edit. The same in both
 * architectures: coupling does not change what must be written, only what else must be re-checked.
 * - data-source: a new source to read (ingest) and turn into features.
 * - new-kpi: the KPI computed from the data (features) and shown (dashboard).
 * - explain: every prediction with its reasons, computed (model), returned (serving) and shown (dashboard).
 * - regulation: a field that may no longer be kept (ingest) and an audit log of decisions (serving).
 * - replace-model: the model and its endpoint retired, the features shown on a dashboard instead.
 */
export const CHANGE_EDITS: Readonly<Record<ChangeKind, Readonly<Partial<Record<Component, number>>>>> = {
  'data-source': { ingest: 3, features: 2 },
  'new-kpi': { features: 1, dashboard: 2 },
  explain: { model: 3, serving: 2, dashboard: 2 },
  regulation: { ingest: 2, serving: 1 },
  'replace-model': { features: 1, model: 1, serving: 1, dashboard: 4 },
};

/** What one change request costs in one architecture, item by item (person-days). */
export interface ChangeCost {
  kind: ChangeKind;
  architecture: Architecture;
  /** Components edited, with their edit effort (pipeline order). */
  edited: { component: Component; days: number }[];
  /** Coupled only: components downstream of an edit, not edited themselves, re-tested at RETEST_DAYS. */
  retested: { component: Component; days: number }[];
  /** Modular only: links whose two sides are both edited, so the contract between them gets a new version. */
  contracts: { from: Component; to: Component; days: number }[];
  /** Total: Σ edits + Σ re-tests + Σ contract versions. */
  days: number;
}

/**
 * The cost model, in full. A change costs the edit effort of every component it edits (CHANGE_EDITS).
 * Modular: plus CONTRACT_UPDATE_DAYS (1) for each contract whose two sides are both edited; the contracts
 * stop everything else from noticing. Coupled: plus RETEST_DAYS of every component downstream of an edited
 * one that is not edited itself, because its input changed under it and it must be re-tested and re-integrated.
 * Example, a new data source: edits 3 + 2 = 5; modular + 1 (ingest→features) = 6; coupled + 3 + 2 + 1
 * (model, serving, dashboard re-tested) = 11.
 */
export function changeCost(kind: ChangeKind, architecture: Architecture): ChangeCost {
  const edits = CHANGE_EDITS[kind];
  const edited = COMPONENTS.filter((c) => edits[c] !== undefined).map((component) => ({ component, days: edits[component]! }));
  const isEdited = (c: Component) => edits[c] !== undefined;
  const retested =
    architecture === 'coupled'
      ? COMPONENTS.filter((c) => !isEdited(c) && edited.some((e) => downstreamOf(e.component).includes(c))).map((component) => ({
          component,
          days: RETEST_DAYS[component],
        }))
      : [];
  const contracts =
    architecture === 'modular'
      ? LINKS.filter(([from, to]) => isEdited(from) && isEdited(to)).map(([from, to]) => ({ from, to, days: CONTRACT_UPDATE_DAYS }))
      : [];
  const sum = (items: { days: number }[]) => items.reduce((s, i) => s + i.days, 0);
  return { kind, architecture, edited, retested, contracts, days: sum(edited) + sum(retested) + sum(contracts) };
}
