/**
 * The pipeline of the Change-request simulator: five components in a chain, each feeding the next.
 * Efforts are in person-days (one person working one day).
 */

export const COMPONENTS = ['ingest', 'features', 'model', 'serving', 'dashboard'] as const;
export type Component = (typeof COMPONENTS)[number];

/** How the components are joined: by a versioned contract at every link, or by direct calls into each other. */
export type Architecture = 'modular' | 'coupled';
export const ARCHITECTURES = ['modular', 'coupled'] as const satisfies readonly Architecture[];

/** Person-days to build each component the first time (the same in both architectures). */
export const BUILD_DAYS: Readonly<Record<Component, number>> = { ingest: 5, features: 8, model: 10, serving: 6, dashboard: 4 };

/** Person-days to re-test and re-integrate a component whose input changed under it (coupled build only). */
export const RETEST_DAYS: Readonly<Record<Component, number>> = { ingest: 2, features: 2, model: 3, serving: 2, dashboard: 1 };

/** Person-days to version one contract that a change crosses (both of its sides are edited; modular build only). */
export const CONTRACT_UPDATE_DAYS = 1;

/** The links of the chain, upstream first: ingest→features, features→model, model→serving, serving→dashboard. */
export const LINKS: readonly (readonly [Component, Component])[] = COMPONENTS.slice(1).map((to, i) => [COMPONENTS[i], to] as const);

/** The components after `c` in the chain (everything that reads, directly or not, what `c` produces). */
export function downstreamOf(c: Component): Component[] {
  return COMPONENTS.slice(COMPONENTS.indexOf(c) + 1);
}

/**
 * Person-days to build the whole pipeline: Σ BUILD_DAYS, plus `contractDays` for each of the 4 links
 * when the build is modular (writing the schema, its checks and its version). Coupled: Σ BUILD_DAYS = 33.
 */
export function buildDays(architecture: Architecture, contractDays: number): number {
  const components = COMPONENTS.reduce((sum, c) => sum + BUILD_DAYS[c], 0);
  return architecture === 'modular' ? components + LINKS.length * contractDays : components;
}
