import { decisionPath, formatThreshold } from '../../engine/tree/path';
import type { ClassificationTree, TreeNode } from '../../engine/tree/types';

/**
 * The question a split asks, as data: on word counts a threshold below 1 means
 * "does the complaint contain the word?"; otherwise "does it use the word more
 * than t times?". `threshold` is already formatted for reading.
 */
export type SplitQuestion = { kind: 'contains'; term: string } | { kind: 'count-above'; term: string; threshold: string };

/** One step of a decision path: the question asked, and whether the complaint answered yes. */
export interface PathStep {
  node: number;
  question: SplitQuestion;
  /** Yes = the complaint has the word (count above the threshold), which sends it right. */
  yes: boolean;
}

/** Why the tree predicts what it predicts for one complaint. */
export interface TreeExplanation {
  steps: PathStep[];
  /** Every node visited, root to leaf (to highlight in the drawing). */
  nodes: number[];
  classIndex: number;
  className: string;
  /** Share of the leaf's training complaints that are of the predicted class, in [0, 1]. */
  share: number;
  /** Training complaints that reached the leaf. */
  samples: number;
}

/** The question a split node asks (leaves ask none). */
export function splitQuestion(node: Pick<TreeNode, 'featureName' | 'feature' | 'threshold'>): SplitQuestion {
  const term = node.featureName ?? `x${node.feature}`;
  return node.threshold >= 0 && node.threshold < 1 ? { kind: 'contains', term } : { kind: 'count-above', term, threshold: formatThreshold(node.threshold) };
}

/** Index of the largest count (ties go to the lowest index, as predictClass does). */
export function majority(counts: readonly number[]): number {
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c] > counts[best]) best = c;
  return best;
}

/**
 * Follows one row of word counts from the root to its leaf and explains each
 * step; the verdict is the leaf's majority class and its share of the leaf.
 */
export function explainTree(tree: ClassificationTree, row: ArrayLike<number>): TreeExplanation {
  const path = decisionPath(tree, row);
  const steps: PathStep[] = [];
  for (const step of path) {
    if (step.condition === null) continue;
    steps.push({ node: step.node, question: splitQuestion(tree.nodes[step.node]), yes: !step.wentLeft });
  }
  const leaf = path[path.length - 1];
  const classIndex = majority(leaf.value);
  return {
    steps,
    nodes: path.map((s) => s.node),
    classIndex,
    className: tree.classNames[classIndex],
    share: leaf.samples > 0 ? leaf.value[classIndex] / leaf.samples : 0,
    samples: leaf.samples,
  };
}
