import { formatDuration, formatNumber, formatPercent } from '../../lib/format';
import { complaintLabMessages as m } from '../../messages/complaint-classifier-lab';

/** What the comparison table shows of one trained model. Accuracy and macro-F1 are fractions. */
export interface ModelScores {
  accuracy: number;
  macroF1: number;
  trainMs: number;
  parameters: number;
  sizeBytes: number;
}

/** Bytes for people: "812 B", "14.2 KB", "1.3 MB" (powers of 1,000). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** One row of the comparison: what is measured, then the tree's and the network's cell. */
export type ComparisonRow = [measure: string, tree: string, network: string];

/**
 * The rows of the comparison table: holdout accuracy, macro-F1, training time,
 * parameters, size and whether a prediction can be explained. A model not
 * trained yet reads "not trained yet"; a number that is not finite reads "–",
 * never "NaN".
 */
export function comparisonRows(tree: ModelScores | null, network: ModelScores | null): ComparisonRow[] {
  const cell = (s: ModelScores | null, f: (s: ModelScores) => string) => (s ? f(s) : m.compare.notTrained);
  const c = m.compare;
  return [
    [c.accuracy, cell(tree, (s) => formatPercent(s.accuracy, 1)), cell(network, (s) => formatPercent(s.accuracy, 1))],
    [c.macroF1, cell(tree, (s) => formatPercent(s.macroF1, 1)), cell(network, (s) => formatPercent(s.macroF1, 1))],
    [c.time, cell(tree, (s) => formatDuration(s.trainMs)), cell(network, (s) => formatDuration(s.trainMs))],
    [c.parameters, cell(tree, (s) => formatNumber(s.parameters, 6)), cell(network, (s) => formatNumber(s.parameters, 6))],
    [c.size, cell(tree, (s) => c.treeSize(formatBytes(s.sizeBytes))), cell(network, (s) => c.networkSize(formatBytes(s.sizeBytes)))],
    [c.explain, c.treeExplain, c.networkExplain],
  ];
}
