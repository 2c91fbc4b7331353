import { describe, expect, it } from 'vitest';
import { accuracySeries, accuracyTable, lossSeries, lossTable } from '../../../../src/sims/complaint-classifier-lab/curves';
import { failureText, progressText, type NetworkProgress } from '../../../../src/sims/complaint-classifier-lab/status';

const base: NetworkProgress = { phase: 'training', status: 'loading', requested: 'wasm', backend: null, epoch: 0, totalEpochs: 10 };

describe('progressText', () => {
  it.each([
    { name: 'loading TF.js', p: base, expected: 'Loading TensorFlow.js…' },
    { name: 'loading and calibrating', p: { ...base, requested: 'auto' }, expected: /measuring which backend is fastest/ },
    { name: 'compiling shaders on WebGL', p: { ...base, status: 'warming-up', backend: 'webgl' }, expected: /Warming up the GPU/ },
    { name: 'warming up elsewhere', p: { ...base, status: 'warming-up', backend: 'cpu' }, expected: 'Preparing the network…' },
    { name: 'the epoch under way, 1-based', p: { ...base, status: 'training', epoch: 2 }, expected: 'Epoch 3 of 10' },
    { name: 'the last epoch, never past the total', p: { ...base, status: 'training', epoch: 10 }, expected: 'Epoch 10 of 10' },
    { name: 'scoring on the holdout', p: { ...base, phase: 'scoring', status: 'done' }, expected: /Scoring/ },
    { name: 'switching backend', p: { ...base, phase: 'recovering', backend: 'cpu' }, expected: /Switching to CPU/ },
    { name: 'nothing when idle', p: { ...base, phase: 'idle', status: 'done' }, expected: '' },
  ] as { name: string; p: NetworkProgress; expected: string | RegExp }[])('says $name', ({ p, expected }) => {
    if (typeof expected === 'string') expect(progressText(p)).toBe(expected);
    else expect(progressText(p)).toMatch(expected);
  });
});

describe('failureText', () => {
  it('words known failures for people and falls back to the message', () => {
    expect(failureText({ code: 'context-lost', message: 'x', recoverable: true, suggestBackend: 'cpu' })).toMatch(/WebGL context was lost/);
    expect(failureText({ code: 'weird', message: 'boom', recoverable: false })).toMatch(/boom/);
  });
});

describe('curves', () => {
  const h = { loss: [1, 0.5], acc: [0.6, 0.8], valLoss: [0.9, 0.7], valAcc: [0.7, 0.85], batchLoss: [1.2, 1, 0.6, 0.4] };

  it('spreads batch losses over their epoch and puts epoch values at whole epochs', () => {
    const [batches, holdout] = lossSeries(h, 2);
    expect(batches.points.map((p) => p.x)).toEqual([0.5, 1, 1.5, 2]);
    expect(holdout.points).toEqual([{ x: 1, y: 0.9 }, { x: 2, y: 0.7 }]);
    expect(accuracySeries(h)[1].points.map((p) => p.y)).toEqual([0.7, 0.85]);
  });

  it('tabulates one row per finished epoch for each chart', () => {
    expect(lossTable(h).rows).toEqual([
      [1, '1', '0.9'],
      [2, '0.5', '0.7'],
    ]);
    expect(accuracyTable(h).rows).toEqual([
      [1, '60.0%', '70.0%'],
      [2, '80.0%', '85.0%'],
    ]);
    expect(accuracyTable({ ...h, valAcc: [] }).rows[0][2]).toBe('–');
  });
});
