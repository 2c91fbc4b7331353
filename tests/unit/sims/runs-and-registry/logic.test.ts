import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src/persistence/schema';
import { DEFAULT_QUERY, labsOf, matchesText, metricKeysOf, queryRuns, type RunQuery } from '../../../../src/sims/runs-and-registry/query';
import { compareRuns, curveGroups } from '../../../../src/sims/runs-and-registry/compare';
import { datasetsOf } from '../../../../src/sims/runs-and-registry/datasets';
import { runFileName, runFileText } from '../../../../src/sims/runs-and-registry/exportRun';

const run = (id: string, over: Partial<RunRecord> = {}): RunRecord => ({
  id,
  lab: 'ab-test-lab',
  params: { kpi: 'conversion', visitorsPerDay: 10_000, novelty: false },
  seed: 42,
  datasetVersion: 'h1',
  metrics: { pValue: 0.04, liftPercent: 8 },
  backend: 'js',
  durationMs: 10,
  createdAt: 1_000,
  ...over,
});

const a = run('a', { createdAt: 3_000, durationMs: 5, metrics: { pValue: 0.2, liftPercent: 3 } });
const b = run('b', { createdAt: 1_000, durationMs: 50, params: { kpi: 'sales', visitorsPerDay: 2_000, novelty: true }, datasetVersion: 'h2' });
const c = run('c', { lab: 'peeking-trap', createdAt: 2_000, durationMs: 20, params: { experiments: 1000, looks: 30 }, metrics: { peekingPercent: 21 }, demo: true, seed: 7 });
const all = [a, b, c];
const q = (over: Partial<RunQuery>): RunQuery => ({ ...DEFAULT_QUERY, ...over });
const ids = (list: RunRecord[]) => list.map((r) => r.id);

describe('queryRuns', () => {
  it.each([
    ['newest first by default', {}, ['a', 'c', 'b']],
    ['oldest first', { descending: false }, ['b', 'c', 'a']],
    ['one lab', { lab: 'peeking-trap' }, ['c']],
    ['demo runs hidden', { showDemo: false }, ['a', 'b']],
    ['by duration, longest first', { sort: 'duration' }, ['b', 'c', 'a']],
    ['by a metric, runs without it last', { sort: 'metric:pValue', descending: false }, ['b', 'a', 'c']],
    ['text in a parameter value', { text: 'SALES' }, ['b']],
    ['text in a parameter name as people say it', { text: 'looks per test' }, ['c']],
    ['text in a formatted value', { text: '2,000' }, ['b']],
    ['the seed', { text: 'seed 7' }, ['c']],
    ['nothing matches', { text: 'no such thing' }, []],
  ] as const)('%s', (_name, over, expected) => {
    expect(ids(queryRuns(all, q(over as Partial<RunQuery>)))).toEqual(expected);
  });

  it('keeps the stored order among equal values', () => {
    const same = [run('x', { durationMs: 1 }), run('y', { durationMs: 1 }), run('z', { durationMs: 1 })];
    expect(ids(queryRuns(same, q({ sort: 'duration' })))).toEqual(['x', 'y', 'z']);
  });

  it('lists labs and metric keys in first-seen order', () => {
    expect(labsOf(all)).toEqual(['ab-test-lab', 'peeking-trap']);
    expect(metricKeysOf(all)).toEqual(['pValue', 'liftPercent', 'peekingPercent']);
    expect(matchesText(a, '   ')).toBe(true);
  });
});

describe('compareRuns', () => {
  it('lines up two runs: values side by side, b − a, and which fields changed', () => {
    const cmp = compareRuns([a, b]);
    expect(cmp.metrics).toEqual([
      { key: 'pValue', values: [0.2, 0.04], difference: 0.04 - 0.2, changed: true },
      { key: 'liftPercent', values: [3, 8], difference: 5, changed: true },
    ]);
    expect(cmp.params.find((r) => r.key === 'kpi')).toEqual({ key: 'kpi', values: ['conversion', 'sales'], difference: null, changed: true });
    expect(cmp.params.find((r) => r.key === 'visitorsPerDay')?.difference).toBe(-8_000);
    expect(cmp.setup.find((r) => r.key === 'seed')).toEqual({ key: 'seed', values: [42, 42], difference: 0, changed: false });
    expect(cmp.setup.find((r) => r.key === 'datasetVersion')?.changed).toBe(true);
  });

  it('gives the spread for three runs and leaves a field one run lacks undefined', () => {
    const cmp = compareRuns([a, b, run('d', { metrics: { pValue: 0.5 } })]);
    expect(cmp.metrics[0]).toEqual({ key: 'pValue', values: [0.2, 0.04, 0.5], difference: 0.5 - 0.04, changed: true });
    expect(cmp.metrics[1]).toEqual({ key: 'liftPercent', values: [3, 8, undefined], difference: null, changed: true });
  });

  it('groups curves by name, one series per run that has it, epochs from 1', () => {
    const x = run('x', { curves: { loss: [0.9, 0.5], accuracy: [0.6, 0.8] } });
    const y = run('y', { curves: { loss: [1.0, 0.7, 0.4] } });
    expect(curveGroups([x, y])).toEqual([
      { name: 'loss', series: [
        { run: 0, points: [{ x: 1, y: 0.9 }, { x: 2, y: 0.5 }] },
        { run: 1, points: [{ x: 1, y: 1.0 }, { x: 2, y: 0.7 }, { x: 3, y: 0.4 }] },
      ] },
      { name: 'accuracy', series: [{ run: 0, points: [{ x: 1, y: 0.6 }, { x: 2, y: 0.8 }] }] },
    ]);
    expect(curveGroups([a, b])).toEqual([]);
  });
});

describe('datasets and export', () => {
  it('groups runs by dataset version, most recently used first', () => {
    const d = datasetsOf([a, b, c]);
    expect(d.map((e) => [e.version, ids(e.runs), e.labs])).toEqual([
      ['h1', ['a', 'c'], ['ab-test-lab', 'peeking-trap']],
      ['h2', ['b'], ['ab-test-lab']],
    ]);
  });

  it('writes the whole run with its lab name, and a file name from lab and time', () => {
    const x = run('x', { curves: { loss: [0.5] }, createdAt: Date.UTC(2026, 10, 30, 8, 12, 5) });
    const file = JSON.parse(runFileText(x));
    expect(file).toEqual({ format: 'ml-that-works-run', version: 1, labName: 'A/B test lab', run: x });
    expect(runFileName(x)).toBe('run-ab-test-lab-2026-11-30T08-12-05.json');
  });
});
