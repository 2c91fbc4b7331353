import type { FeatureSet } from './forecast';

/** A store manager's proposal: which feature it adds to the forecast. */
export type ProposalId = keyof FeatureSet;

/** A proposal and the pilot store (1-based number) whose manager makes it. */
export interface Proposal {
  id: ProposalId;
  store: number;
}

/**
 * The proposals in the order they arrive: a seasonal component from store 1
 * (strongly seasonal), a local-holiday feature from store 2 (a university
 * town), the promotion calendar from store 3 (frequent promotions).
 */
export const PROPOSALS: readonly Proposal[] = [
  { id: 'season', store: 1 },
  { id: 'localHoliday', store: 2 },
  { id: 'promo', store: 3 },
];

/** The feature set with one more proposal accepted (a new object). */
export function withProposal(f: FeatureSet, id: ProposalId): FeatureSet {
  return { ...f, [id]: true };
}
