import { describe, expect, it } from 'vitest';
import { generateCohort } from '../../../../src/engine/clinical/cohort';
import { FEATURE_COUNT, keptColumns } from '../../../../src/engine/clinical/features';
import { explainPatient, logOdds, meanAbsContributions, predictRisks, type RiskModel } from '../../../../src/engine/clinical/model';
import { designMatrix, fitStandardizer, outcomes, splitRows } from '../../../../src/engine/clinical/prepare';

const cohort = generateCohort({ seed: 7, patients: 800, site: 'training', leak: 0.75 });

describe('preparing the cohort for a model', () => {
  it('holds back the last quarter of the patients', () => {
    expect(splitRows(800)).toEqual({ train: { from: 0, to: 600 }, holdout: { from: 600, to: 800 } });
    expect(splitRows(2)).toEqual({ train: { from: 0, to: 1 }, holdout: { from: 1, to: 2 } });
  });

  it('standardizes training columns to mean 0 and standard deviation 1', () => {
    const { train } = splitRows(cohort.rows);
    const s = fitStandardizer(cohort, train);
    const cols = keptColumns(null);
    const m = designMatrix(cohort, train, cols, s);
    for (let c = 0; c < cols.length; c++) {
      let sum = 0;
      let sq = 0;
      for (let r = 0; r < 600; r++) (sum += m[r * cols.length + c]), (sq += m[r * cols.length + c] ** 2);
      expect(sum / 600).toBeCloseTo(0, 4);
      expect(Math.sqrt(sq / 600)).toBeCloseTo(1, 4);
    }
  });

  it('by hand: mean 2 and population SD 1 for the values 1, 3', () => {
    const tiny = { site: 'training' as const, rows: 2, x: new Float64Array(2 * FEATURE_COUNT), y: new Int32Array([0, 1]), risk: new Float64Array(2) };
    tiny.x[0] = 1;
    tiny.x[FEATURE_COUNT] = 3;
    const s = fitStandardizer(tiny, { from: 0, to: 2 });
    expect(s.mean[0]).toBe(2);
    expect(s.sd[0]).toBe(1);
    expect(s.sd[1]).toBe(1); // a constant column keeps sd 1
    expect(Array.from(designMatrix(tiny, { from: 0, to: 2 }, [0, 1], s))).toEqual([-1, 0, 1, 0]);
    expect(Array.from(outcomes(tiny, { from: 1, to: 2 }))).toEqual([1]);
  });
});

describe('explaining a risk model', () => {
  const s = fitStandardizer(cohort, { from: 0, to: 600 });
  const model: RiskModel = { columns: keptColumns(null), coefficients: [0.8, -0.3, 0.4, 0.2, 0.3, 0.3, 0.2, 0.1, -0.9], intercept: -1.7, standardizer: s };

  it('adds the baseline and every contribution up to the log-odds, whose sigmoid is the predicted risk', () => {
    for (const r of [0, 17, 599]) {
      const e = explainPatient(model, cohort, r);
      const sum = e.baseline + e.contributions.reduce((a, c) => a + c.contribution, 0);
      expect(sum).toBeCloseTo(logOdds(model, cohort, r), 10);
      expect(e.risk).toBeCloseTo(predictRisks(model, cohort, { from: r, to: r + 1 })[0], 12);
      expect(e.contributions).toHaveLength(9);
    }
  });

  it('sorts contributions by size and reports each as coefficient × standardized value', () => {
    const e = explainPatient(model, cohort, 3);
    const sizes = e.contributions.map((c) => Math.abs(c.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const age = e.contributions.find((c) => c.key === 'age')!;
    expect(age.value).toBe(cohort.x[3 * FEATURE_COUNT]);
    expect(age.contribution).toBeCloseTo(0.8 * ((age.value - s.mean[0]) / s.sd[0]), 12);
  });

  it('leaves a dropped input out of the explanation and the average contributions', () => {
    const without: RiskModel = { ...model, columns: keptColumns('weekday'), coefficients: model.coefficients.slice(0, 8) };
    expect(explainPatient(without, cohort, 0).contributions.map((c) => c.key)).not.toContain('weekday');
    const avg = meanAbsContributions(model, cohort, { from: 600, to: 800 });
    expect(avg[0].mean).toBeGreaterThanOrEqual(avg[1].mean);
    expect(avg.map((a) => a.key)).toContain('weekday');
  });
});
