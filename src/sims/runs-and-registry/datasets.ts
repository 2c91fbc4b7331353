import type { RunRecord } from '../../persistence/schema';

/** One dataset version (a content hash) and the runs that used it, newest first. */
export interface DatasetEntry {
  version: string;
  labs: string[];
  runs: RunRecord[];
}

/** Groups runs by dataset version; versions used most recently come first. */
export function datasetsOf(list: readonly RunRecord[]): DatasetEntry[] {
  const byVersion = new Map<string, RunRecord[]>();
  for (const r of list) {
    const runs = byVersion.get(r.datasetVersion);
    if (runs) runs.push(r);
    else byVersion.set(r.datasetVersion, [r]);
  }
  return [...byVersion.entries()]
    .map(([version, runs]) => {
      const sorted = [...runs].sort((a, b) => b.createdAt - a.createdAt);
      return { version, labs: [...new Set(sorted.map((r) => r.lab))], runs: sorted };
    })
    .sort((a, b) => b.runs[0].createdAt - a.runs[0].createdAt);
}
