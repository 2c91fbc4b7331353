import { describe, expect, it } from 'vitest';
import { comparisonRows, formatBytes } from '../../../../src/sims/complaint-classifier-lab/comparison';

describe('formatBytes', () => {
  it.each([
    { bytes: 0, expected: '0 B' },
    { bytes: 812, expected: '812 B' },
    { bytes: 20_480, expected: '20.5 KB' },
    { bytes: 1_300_000, expected: '1.3 MB' },
    { bytes: NaN, expected: '–' },
    { bytes: -1, expected: '–' },
  ])('writes $bytes bytes as $expected', ({ bytes, expected }) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('comparisonRows', () => {
  const tree = { accuracy: 0.848, macroF1: 0.825, trainMs: 24.6, parameters: 383, sizeBytes: 20_480 };
  const network = { accuracy: 0.89, macroF1: 0.877, trainMs: 2_350, parameters: 13_445, sizeBytes: 53_780 };

  it('lists accuracy, macro-F1, time, parameters, size and explainability for both models', () => {
    expect(comparisonRows(tree, network)).toEqual([
      ['Holdout accuracy', '84.8%', '89.0%'],
      ['Macro-F1 (every category counts equally)', '82.5%', '87.7%'],
      ['Training time', '25 ms', '2.4 s'],
      ['Parameters', '383', '13,445'],
      ['Size', '20.5 KB (as JSON)', '53.8 KB (float32 weights)'],
      ['Can you explain a prediction?', 'Yes — the path', 'No — a score'],
    ]);
  });

  it('says "not trained yet" for a model without a run', () => {
    const rows = comparisonRows(tree, null);
    expect(rows.slice(0, 5).every((r) => r[2] === 'not trained yet')).toBe(true);
    expect(rows[0][1]).toBe('84.8%');
  });

  it('never writes NaN: a number that is not finite reads as a dash', () => {
    const rows = comparisonRows({ ...tree, accuracy: NaN, trainMs: Infinity }, network);
    expect(rows.flat().join(' ')).not.toMatch(/NaN|Infinity/);
    expect(rows[0][1]).toBe('–');
  });
});
