// The tree worker (src/workers/tree.worker.ts) serves only this lab, so its tests live with the lab's.
import { describe, expect, it } from 'vitest';
import { handleTreeRequest, prepareCorpus } from '../../../../src/workers/tree.worker';
import { validateCorpusSpec, validateTreeJob, type CorpusResult, type TreeFitResult, type TreeReply } from '../../../../src/workers/treeProtocol';

function ask(message: unknown): TreeReply[] {
  const replies: TreeReply[] = [];
  handleTreeRequest(message, (r) => replies.push(r));
  return replies;
}

const spec = { seed: 42, size: 600, noise: 0.1 };

describe('validateCorpusSpec / validateTreeJob', () => {
  it.each([
    { name: 'keeps values in bounds', raw: { seed: 1, size: 800, noise: 0.2 }, expected: { seed: 1, size: 800, noise: 0.2 }, clamped: [] },
    { name: 'clamps a huge size and a negative noise', raw: { seed: 1, size: 1e9, noise: -1 }, expected: { seed: 1, size: 5000, noise: 0 }, clamped: ['spec.size', 'spec.noise'] },
    { name: 'defaults what is missing or not a number', raw: { size: 'many' }, expected: { seed: 42, size: 2000, noise: 0.1 }, clamped: ['spec.size'] },
    { name: 'treats a non-object as all defaults', raw: 'x', expected: { seed: 42, size: 2000, noise: 0.1 }, clamped: [] },
  ])('$name', ({ raw, expected, clamped }) => {
    const c: { field: string }[] = [];
    expect(validateCorpusSpec(raw, c as never)).toEqual(expected);
    expect(c.map((x) => x.field)).toEqual(clamped);
  });

  it('clamps tree limits and refuses a request that is not an object', () => {
    const v = validateTreeJob({ spec, settings: { maxDepth: -3, minSamplesLeaf: 1e6 } });
    expect(v.ok && v.value.settings).toEqual({ maxDepth: 1, minSamplesLeaf: 200 });
    expect(v.ok && v.clamped.map((c) => c.field)).toEqual(['settings.maxDepth', 'settings.minSamplesLeaf']);
    expect(validateTreeJob(null)).toMatchObject({ ok: false });
  });
});

describe('tree worker', () => {
  it('prepares a corpus: a stratified 80/20 split, a training-only vocabulary, count features', () => {
    const [reply] = ask({ type: 'corpus', id: 1, spec });
    expect(reply).toMatchObject({ type: 'done', id: 1, kind: 'corpus' });
    const c = (reply as { result: CorpusResult }).result;
    expect(c.train.rows + c.holdout.rows).toBe(600);
    expect(c.holdout.rows).toBeGreaterThanOrEqual(118);
    expect(c.holdout.rows).toBeLessThanOrEqual(122);
    expect(c.cols).toBe(c.terms.length);
    expect(c.cols).toBeLessThanOrEqual(400);
    expect(c.train.x.length).toBe(c.train.rows * c.cols);
    expect(c.categories).toHaveLength(5);
    expect(c.classCounts.reduce((a, b) => a + b, 0)).toBe(600);
    expect(c.flipped).toBeGreaterThan(0.05);
    expect(c.flipped).toBeLessThan(0.15);
    expect(c.datasetVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(c.examples).toHaveLength(3);
    expect(c.documents).toBe(c.train.rows);
  });

  it('gives the same corpus and the same tree for the same seed, and another corpus for another seed', () => {
    const version = (s: typeof spec) => (ask({ type: 'corpus', id: 1, spec: s })[0] as { result: CorpusResult }).result.datasetVersion;
    expect(version(spec)).toBe(version({ ...spec }));
    expect(version({ ...spec, seed: 43 })).not.toBe(version(spec));
    const fit = () => (ask({ type: 'fit-tree', id: 2, spec, settings: { maxDepth: 6, minSamplesLeaf: 5 } })[0] as { result: TreeFitResult }).result;
    const a = fit();
    ask({ type: 'corpus', id: 3, spec: { ...spec, seed: 5 } }); // evict the cached corpus in between
    const b = fit();
    expect(b.tree).toEqual(a.tree);
    expect(b.metrics.accuracy).toBe(a.metrics.accuracy);
  });

  it('fits the default tree to its target quality on the default corpus, with finite scores', () => {
    const [reply] = ask({ type: 'fit-tree', id: 4, spec: { seed: 42, size: 2000, noise: 0.1 }, settings: { maxDepth: 10, minSamplesLeaf: 10 } });
    const r = (reply as { result: TreeFitResult }).result;
    expect(r.metrics.accuracy).toBeGreaterThan(0.8);
    expect(r.metrics.macroF1).toBeGreaterThan(0.78);
    expect(r.metrics.trainAccuracy).toBeGreaterThanOrEqual(r.metrics.accuracy - 0.05);
    expect(Object.values(r.metrics).every(Number.isFinite)).toBe(true);
    expect(r.shape.depth).toBeLessThanOrEqual(10);
    expect(r.tree.featureKind).toBe('count');
    expect(r.tree.featureNames).toEqual(prepareCorpus(r.spec).vocabulary.terms);
  });

  it('reports clamped values and refuses unknown or id-less requests', () => {
    const [fit] = ask({ type: 'fit-tree', id: 5, spec: { ...spec, size: 1e9 }, settings: { maxDepth: 99, minSamplesLeaf: 5 } });
    expect((fit as { result: TreeFitResult }).result.clamped.map((c) => c.field)).toEqual(['spec.size', 'settings.maxDepth']);
    expect(ask({ type: 'explode', id: 6 })).toEqual([expect.objectContaining({ type: 'error', id: 6, code: 'invalid-job' })]);
    expect(ask({ type: 'corpus' })).toEqual([expect.objectContaining({ type: 'error', id: null })]);
  });
});
