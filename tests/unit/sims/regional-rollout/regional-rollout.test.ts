import { describe, expect, it } from 'vitest';
import { harmlessReplays, simulateRollout } from '../../../../src/engine/rollout';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { guardrailChart, guardrailSummary, guardrailTable, reachSeries } from '../../../../src/sims/regional-rollout/chart-data';
import { RolloutController } from '../../../../src/sims/regional-rollout/controller.svelte';
import { formatGuardrail } from '../../../../src/sims/regional-rollout/format';
import { mainThreadRunner } from '../../../../src/sims/regional-rollout/runner';
import { toRolloutConfig, type RolloutSettings } from '../../../../src/sims/regional-rollout/settings';
import { observedAnswer, outcomeSentence, type LabRun } from '../../../../src/sims/regional-rollout/takeaway';

const defaults: RolloutSettings = { seed: 7, days: 7, share: 25, wait: 10, supply: 5, trips: 3, fair: 1.25, bad: true };

function labRun(settings: RolloutSettings, replays = 20): LabRun {
  const config = toRolloutConfig(settings);
  return { settings, result: simulateRollout(config), replays: harmlessReplays(config, replays) };
}

function setup() {
  let current = { ...defaults };
  const recorded: NewRun[] = [];
  const lab = new RolloutController(() => current, { runner: mainThreadRunner(), record: async (run) => void recorded.push(run) });
  return { lab, recorded, set: (next: Partial<RolloutSettings>) => (current = { ...current, ...next }) };
}

describe('RolloutController', () => {
  it('will not run before the learner has made a prediction', async () => {
    const { lab, recorded } = setup();
    await lab.run();
    expect(lab.current).toBeNull();
    expect(recorded).toHaveLength(0);
  });

  it('records each run on #/runs as a js run of regional-rollout with its plan, seed and numbers', async () => {
    const { lab, recorded } = setup();
    lab.prediction = 'more';
    await lab.run();
    await lab.saved;
    expect(lab.status).toBe('done');
    expect(recorded).toHaveLength(1);
    const run = recorded[0];
    expect(run).toMatchObject({ lab: 'regional-rollout', backend: 'js', seed: 7 });
    expect(run.params).toMatchObject({ watchDays: 7, sharePercent: 25, fairnessLimit: 1.25, badRegion: true, replays: 200 });
    // Seed 7: Northgate breaks its fairness guardrail on day 27 (0-based 26), its 6th day watched.
    expect(run.metrics).toMatchObject({ ridersExposed: 7814, ridersReached: 360668, daysToDetection: 6, rollbackDay: 27, rolledBack: 1 });
    expect(run.metrics.falseRollbackPercent).toBeGreaterThanOrEqual(0);
    expect(run.datasetVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('compares with the previous run and judges the prediction from the learner’s own numbers', async () => {
    const { lab, set } = setup();
    lab.prediction = 'more';
    await lab.run();
    set({ days: 2 });
    expect(lab.stale).toBe(true);
    await lab.run();
    expect(lab.stale).toBe(false);
    expect(lab.previous?.settings.days).toBe(7);
    expect(lab.takeaway.join(' ')).toContain('Your previous run watched each region 7 days and exposed 7,814 riders');
    expect(lab.takeaway).toContain('Your prediction matches what the simulation shows.');
    lab.prediction = 'fewer';
    expect(lab.takeaway.join(' ')).toContain('watching for 2 days let the bad region through to everyone');
  });
});

describe('takeaway', () => {
  it('names the region, the guardrail, the days and the riders when the rollback catches the bad region', () => {
    expect(outcomeSentence(labRun(defaults))).toBe(
      'Northgate broke its fairness ratio guardrail and the rollback fired after 6 days of watching. 7,814 riders got the bad prices there; 360,668 riders in all were priced by the model before it came out.',
    );
  });

  it('says the bad region slipped through when the watch is too short to be confident', () => {
    expect(outcomeSentence(labRun({ ...defaults, days: 2 }))).toMatch(/^Northgate reacted badly, but 2 days of watching was too little evidence.* 399,063 riders got the bad prices/);
  });

  it('reads the prediction question’s answer from a faster and a slower run: r = 399,063 / 7,814 ≥ 2 ⇒ more', () => {
    const slow = labRun(defaults, 1);
    const fast = labRun({ ...defaults, days: 2 }, 1);
    expect(observedAnswer(fast, slow)).toBe('more');
    expect(observedAnswer(slow, fast)).toBe('more');
    expect(observedAnswer(slow, slow)).toBeNull();
    expect(observedAnswer(slow, labRun({ ...defaults, bad: false, days: 2 }, 1))).toBeNull();
  });
});

describe('chart data', () => {
  const result = simulateRollout(toRolloutConfig(defaults));

  it('draws Northgate’s fairness over its 6 watched days (days 22–27), the band from look 2, clipped to the y range', () => {
    const { series, domain } = guardrailChart(result, 3, 'fairness', 1.25);
    const [estimate, daily] = series;
    expect(estimate.points.map((p) => p.x)).toEqual([22, 23, 24, 25, 26, 27]);
    expect(daily.points).toHaveLength(6);
    expect(estimate.band!.map((b) => b.x)).toEqual([23, 24, 25, 26, 27]);
    for (const b of estimate.band!) {
      expect(b.lower).toBeGreaterThanOrEqual(domain[0]);
      expect(b.upper).toBeLessThanOrEqual(domain[1]);
    }
    expect(domain[0]).toBeLessThan(1.25);
    // On the rollback day the whole band is above the limit.
    expect(estimate.band!.at(-1)!.lower).toBeGreaterThan(1.25);
  });

  it('gives a table row per watched day and a summary that names the rollback day', () => {
    const table = guardrailTable(result, 3, 'fairness', 1.25);
    expect(table.rows).toHaveLength(6);
    expect(table.rows[0][3]).toBe('no band yet');
    expect(table.rows[5][5]).toBe('1.25');
    expect(guardrailSummary(result, 3, 'fairness', 1.25)).toContain('The whole band was above the limit on day 27: rollback.');
    expect(guardrailSummary(result, 5, 'wait', 10)).toContain('Eastfield was never watched');
  });

  it('formats guardrail values in their units', () => {
    expect(formatGuardrail('wait', 12.345)).toBe('+12.3%');
    expect(formatGuardrail('supply', -0.04)).toBe('−0.0%');
    expect(formatGuardrail('fairness', 1.2549)).toBe('1.25');
  });

  it('draws reach for all regions, and exposure only when a region reacts badly', () => {
    expect(reachSeries(result).map((s) => s.points.length)).toEqual([84, 84]);
    expect(reachSeries(simulateRollout(toRolloutConfig({ ...defaults, bad: false })))).toHaveLength(1);
  });
});
