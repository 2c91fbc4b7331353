import { describe, expect, it } from 'vitest';
import type { Evaluation, SiteScores } from '../../../../src/engine/clinical/lab';
import { formatPush, formatRisk, formatScore, formatValue } from '../../../../src/sims/clinician-in-the-loop/format';
import { scenario } from '../../../../src/sims/clinician-in-the-loop/index';
import { takeaway, winner } from '../../../../src/sims/clinician-in-the-loop/takeaway';
import { readScenario } from '../../../../src/lib/scenario';

const site = (auc: number, brier: number, gap = 0): SiteScores => ({
  auc,
  brier,
  ece: 0,
  bins: [],
  older: { count: 10, meanPredicted: 0.3 + gap, observedRate: 0.3, gap, brier },
});
const evaluation = (holdout: [number, number], second: [number, number], gap = 0): Evaluation => ({ holdout: site(...holdout), second: site(second[0], second[1], gap) });

describe('which model did better at the second hospital', () => {
  it.each([
    { name: 'lower Brier wins', all: [0.7, 0.18], without: [0.78, 0.14], expected: 'without' },
    { name: 'the all-inputs model can win', all: [0.8, 0.13], without: [0.72, 0.15], expected: 'all' },
    { name: 'tiny differences are a tie', all: [0.788, 0.136], without: [0.785, 0.1381], expected: 'same' },
    { name: 'a Brier tie with a clear AUC gap is not a tie', all: [0.7, 0.136], without: [0.75, 0.137], expected: 'all' },
  ] as const)('$name', ({ all, without, expected }) => {
    expect(winner(evaluation([0.9, 0.1], [...all]), evaluation([0.8, 0.1], [...without]))).toBe(expected);
  });
});

describe('the takeaway, written from the numbers', () => {
  const all = evaluation([0.903, 0.095], [0.695, 0.186], -0.092);
  const without = evaluation([0.763, 0.142], [0.788, 0.136], -0.027);

  it('tells the leak story with the learner’s numbers and judges the prediction', () => {
    const text = takeaway(all, without, 'weekday', 'without');
    expect(text).toContain('AUC 0.903 against 0.763');
    expect(text).toContain('AUC 0.695 against 0.788');
    expect(text).toContain('a gap of −9.2 points against −2.7 points');
    expect(text).toMatch(/Your prediction was right\.$/);
    expect(takeaway(all, without, 'weekday', 'same')).toContain('You predicted “About the same”');
  });

  it('says when the flagged input was a real clinical signal', () => {
    const text = takeaway(evaluation([0.9, 0.1], [0.7, 0.18]), evaluation([0.88, 0.1], [0.64, 0.2]), 'age', 'without');
    expect(text).toContain('Taking out “Age” made the model worse');
    expect(text).toContain('You predicted “The model without “Age””');
  });

  it('says when there was nothing to find', () => {
    const same = evaluation([0.76, 0.14], [0.788, 0.136]);
    expect(takeaway(same, same, 'weekday', 'same')).toMatch(/^With no leak the two models are practically the same.*right\.$/);
  });
});

describe('formatting and the scenario', () => {
  it('formats scores, risks, pushes and values', () => {
    expect(formatScore(0.90345)).toBe('0.903');
    expect(formatRisk(0.3141)).toBe('31.4%');
    expect(formatPush(-1.234)).toBe('−1.23');
    expect(formatPush(0.5)).toBe('+0.50');
    expect(formatValue('age', 82.5)).toBe('82.5 years');
    expect(formatValue('weekday', 1)).toBe('yes');
    expect(formatValue('admissions', 2)).toBe('2');
  });

  it('clamps a hostile link to the bounds and refuses an unknown input', () => {
    const { values, notices } = readScenario(scenario, new URLSearchParams('cl.patients=1e9&cl.leak=-5&cl.drop=zodiac&cl.seed=7'));
    expect(values).toEqual({ seed: 7, patients: 6000, leak: 0, drop: 'none' });
    expect(notices.map((n) => n.param)).toEqual(['patients', 'leak', 'drop']);
  });
});

describe('the lab data', () => {
  it('prepareData (chunked for the page) gives exactly what prepareLab gives, and the same version for the same seed', async () => {
    const { prepareLab } = await import('../../../../src/engine/clinical/lab');
    const { prepareData, datasetVersion } = await import('../../../../src/sims/clinician-in-the-loop/data');
    const direct = prepareLab(5, 1000, 0.5);
    const { data, version } = await prepareData({ seed: 5, patients: 1000, leak: 50 });
    expect(data).toEqual(direct);
    expect(version).toBe(datasetVersion(direct));
    expect((await prepareData({ seed: 6, patients: 1000, leak: 50 })).version).not.toBe(version);
  });
});
