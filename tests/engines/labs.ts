/**
 * How the cross-engine smoke suite runs each interactive to a result, written as data so
 * the same steps run in every engine (see support/page.mjs). A lab has run to a result
 * when the run it records appears in IndexedDB (`runs`), or, for an interactive that
 * records no run, when its result text appears. The suite fails for a landed lab (a key
 * of `simLoaders`) that has no recipe here, so a new lab must add one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Step =
  | { click: string; optional?: boolean; timeoutMs?: number }
  | { check: string; timeoutMs?: number }
  /** Chooses a file (from tests/fixtures/) for the file input with this label, as a learner's pick would. */
  | { upload: string; fixture: string }
  | { text: string; timeoutMs?: number }
  | { runs: number; timeoutMs?: number };

export const LAB_RECIPES: Record<string, Step[]> = {
  'role-sorter': [{ click: 'Data Scientist' }, { text: '1 of \\d+ sorted' }],
  'notebook-to-production': [{ click: 'Measure on this device' }, { runs: 1 }],
  'complaint-classifier-lab': [{ click: 'Train decision tree' }, { runs: 1 }, { click: 'Train neural network' }, { runs: 2, timeoutMs: 240_000 }],
  'sales-forecast-lab': [{ click: 'Train linear regression' }, { runs: 1 }, { click: 'Train gradient-boosted trees' }, { runs: 2 }],
  'ab-test-lab': [{ click: 'Run experiment' }, { runs: 1 }],
  'peeking-trap': [{ click: 'Run the A/A tests' }, { runs: 1 }],
  'many-small-wins': [{ click: 'Run the year' }, { runs: 1 }],
  'clinician-in-the-loop': [
    { click: 'Train on all inputs' },
    { runs: 1, timeoutMs: 240_000 },
    { check: 'Scan ordered on a weekday' },
    { click: 'Retrain without “Scan ordered on a weekday”' },
    { runs: 2, timeoutMs: 240_000 },
    { check: 'The model without “Scan ordered on a weekday”' },
    { click: 'Test both at the second hospital' },
    { text: 'At the training hospital the model with every input looked better' },
  ],
  'regional-rollout': [{ check: 'Many more riders exposed' }, { click: 'Run the rollout' }, { runs: 1 }],
  // The defaults are 500 of 10,000 against 560 of 10,000: scipy's p-value is 0.058258 (tests/fixtures/tools).
  'ab-test-analyzer': [{ text: 'What this says' }, { text: '0\\.0583' }],
  'drift-report': [
    { upload: 'Reference data', fixture: 'tools/reference.csv' },
    { upload: 'Current data', fixture: 'tools/current.csv' },
    { text: 'Only in the reference file, not tested: legacy_score' },
  ],
  // All three policies in turn: three years in the training worker, three runs.
  'drift-lab': [{ click: 'Run all three policies' }, { runs: 3, timeoutMs: 240_000 }, { text: 'Retraining on drift: ' }],
  'pipeline-explorer': [{ check: 'Both pipelines' }, { click: 'Run both pipelines' }, { runs: 1 }],
  // A fresh learner has no history: start with a new question and answer it (options are lettered A–D).
  'spaced-review': [{ click: 'Start with new questions' }, { check: 'A' }, { click: 'Check answer' }, { text: '1 answered in this session' }],
  'pilot-stores': [
    { check: 'More than two thirds' },
    { click: 'Run the basic forecast in the pilot stores' },
    { runs: 1 },
    { click: 'Accept and retrain' },
    { runs: 2 },
    { click: 'Accept and retrain' },
    { runs: 3 },
    { click: 'Accept and retrain' },
    { runs: 4 },
    { click: 'Roll out to the 3 pilot stores' },
    { runs: 5 },
    { click: 'Roll out to 10 stores' },
    { runs: 6 },
    { click: 'Roll out to 30 stores' },
    { runs: 7 },
  ],
  'change-request-simulator': [{ check: 'The modular one' }, { click: 'Run the change requests' }, { runs: 1 }],
  // Lists what the labs before it recorded, and re-runs the newest run from its record: a seeded lab's
  // run gives the same numbers, a training lab's run says why it has no reproducer.
  'runs-and-registry': [
    { text: 'Datasets by content hash' },
    { click: 'Reproduce' },
    { text: 'Same numbers: all \\d+ metrics came out identical|has no reproducer' },
  ],
};

/** Labs whose recorded numbers are plain TypeScript ('js' backend): the same in every engine, to the last digit. */
export const DETERMINISTIC_LABS = ['ab-test-lab', 'peeking-trap', 'many-small-wins', 'sales-forecast-lab'];

/** Where each interactive sits in the course: lesson slug and section id, read from lessons/. */
export function interactivePlaces(root: string): Map<string, { slug: string; section: string }> {
  const places = new Map<string, { slug: string; section: string }>();
  for (const dir of readdirSync(join(root, 'lessons'))) {
    const source = readFileSync(join(root, 'lessons', dir, 'lesson.md'), 'utf8');
    const slug = /^slug:\s*(\S+)/m.exec(source)?.[1];
    if (!slug) continue;
    let section = '';
    const lines = source.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const marker = /<!--\s*section:\s*([\w-]+)\s*-->/.exec(lines[i]);
      if (marker) section = marker[1];
      if (lines[i].trim() === '```interactive') places.set(lines[i + 1].trim(), { slug, section });
    }
  }
  return places;
}
