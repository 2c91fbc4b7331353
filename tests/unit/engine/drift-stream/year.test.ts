import { describe, expect, it } from 'vitest';
import { BROKEN_EXPORT_DAYS, COOLDOWN, DAYS, type YearSpec } from '../../../../src/engine/drift-stream/config';
import { jsTrainer } from '../../../../src/engine/drift-stream/fit';
import { ACCURACY_ALARM_BIT, runYear } from '../../../../src/engine/drift-stream/year';

const base: YearSpec = {
  seed: 42,
  eventsPerDay: 100,
  labelDelay: 3,
  shadowDays: 3,
  policy: 'drift',
  thresholdMode: 'scaled',
  sudden: true,
  gradual: true,
  recurring: true,
  concept: true,
  brokenExports: true,
};

describe('a simulated year', () => {
  it('is the same, array for array, for the same seed and settings', async () => {
    const a = await runYear(base, jsTrainer);
    const b = await runYear(base, jsTrainer);
    expect(b).toEqual(a);
    expect(a.days).toBe(DAYS);
  });

  it('never retraining serves the launch model all year, and loses most where drift hits', async () => {
    const never = await runYear({ ...base, policy: 'never' }, jsTrainer);
    const daily = await runYear({ ...base, policy: 'daily' }, jsTrainer);
    expect(never.summary.retrains).toBe(0);
    expect(new Set(never.served)).toEqual(new Set([0]));
    expect(never.summary.incidentDays).toBeGreaterThan(daily.summary.incidentDays);
    expect(never.summary.meanAccuracy).toBeLessThan(daily.summary.meanAccuracy);
    expect(daily.summary.retrains).toBe(DAYS);
  });

  it('retrains on drift at most once every cooldown, and only on days with an alarm', async () => {
    const y = await runYear(base, jsTrainer);
    const days = y.models.filter((m) => m.day >= 0).map((m) => m.day);
    expect(days.length).toBe(y.summary.retrains);
    days.slice(1).forEach((d, i) => expect(d - days[i]).toBeGreaterThanOrEqual(COOLDOWN));
    for (const d of days) expect(y.alarms[d]).not.toBe(0);
  });

  it('the shadow test rejects every model trained on a broken export; with no shadow they all ship', async () => {
    const shadow = await runYear({ ...base, policy: 'daily' }, jsTrainer);
    const direct = await runYear({ ...base, policy: 'daily', shadowDays: 0 }, jsTrainer);
    expect(shadow.models.filter((m) => m.broken).map((m) => m.day)).toEqual([...BROKEN_EXPORT_DAYS]);
    expect(shadow.summary).toMatchObject({ badCaught: BROKEN_EXPORT_DAYS.length, badShipped: 0 });
    expect(direct.summary).toMatchObject({ badCaught: 0, badShipped: BROKEN_EXPORT_DAYS.length });
    expect(direct.summary.minAccuracy).toBeLessThan(shadow.summary.minAccuracy);
  });

  it('judges a challenger once its shadow days are labelled, against the served model on the same days', async () => {
    const y = await runYear({ ...base, policy: 'daily', shadowDays: 4, labelDelay: 5 }, jsTrainer);
    const byId = new Map(y.models.map((m) => [m.id, m]));
    for (const v of y.verdicts) {
      expect(v.day).toBe(byId.get(v.model)!.day + 1 + 4 - 1 + 5);
      expect(v.promoted).toBe(v.shadowAccuracy >= v.servedAccuracy - 0.01);
    }
    // A promoted model serves from the day after its verdict.
    const promoted = y.verdicts.filter((v) => v.promoted && v.day + 1 < DAYS);
    for (const v of promoted.slice(0, 20)) expect(y.served[v.day + 1]).toBeGreaterThanOrEqual(v.model);
  });

  it('concept drift alone leaves the input monitors quiet and trips the accuracy alarm', async () => {
    const y = await runYear({ ...base, sudden: false, gradual: false, recurring: false, brokenExports: false, eventsPerDay: 300 }, jsTrainer);
    let input = 0;
    let accuracy = 0;
    for (let d = 0; d < DAYS; d++) {
      if (y.alarms[d] & (ACCURACY_ALARM_BIT - 1)) input++;
      if (y.alarms[d] & ACCURACY_ALARM_BIT) accuracy++;
    }
    expect(input).toBeLessThanOrEqual(3);
    expect(accuracy).toBeGreaterThan(0);
    expect(y.models.some((m) => m.reason === 'accuracy' && m.day >= 210)).toBe(true);
  });

  it('stops between days when asked', async () => {
    let days = 0;
    const y = await runYear(base, jsTrainer, { onDay: () => void days++, shouldStop: () => days >= 10 });
    expect(y).toMatchObject({ stopped: true, days: 10 });
  });
});
