import { describe, expect, it } from 'vitest';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { manualClock } from '../../support/manualClock';
import { AbLabController, finiteOnly } from '../../../../src/sims/ab-test-lab/controller.svelte';
import { msPerDay } from '../../../../src/sims/ab-test-lab/playback';
import type { AbSettings } from '../../../../src/sims/ab-test-lab/settings';

function setup(overrides: Partial<AbSettings> = {}, reducedMotion = false) {
  let settings: AbSettings = { seed: 42, baseline: 5, effect: 10, split: 50, visitors: 10_000, days: 14, novelty: false, kpi: 'conversion', ...overrides };
  const recorded: NewRun[] = [];
  const time = manualClock(reducedMotion);
  const lab = new AbLabController(() => settings, {
    clock: time.clock,
    record: async (run) => {
      recorded.push(run);
    },
  });
  return { lab, recorded, time, set: (next: Partial<AbSettings>) => (settings = { ...settings, ...next }) };
}

describe('AbLabController', () => {
  it('replays the test day by day, then decides and records the run once', async () => {
    const { lab, recorded, time } = setup();
    lab.run();
    expect(lab.phase).toBe('playing');
    expect(lab.shownDays).toBe(1);
    expect(lab.decision).toBeNull();
    time.advance(msPerDay(14) * 5);
    expect(lab.shownDays).toBe(6);
    time.advance(10_000);
    expect(lab.phase).toBe('done');
    expect(lab.decisionDay).toBe(14);
    expect(time.hasFrame()).toBe(false);
    expect(lab.decision?.verdict).toBe('win');
    await lab.saved;
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ lab: 'ab-test-lab', model: 'two-proportion z-test', seed: 42, backend: 'js' });
    expect(recorded[0].metrics.decisionDay).toBe(14);
    expect(recorded[0].datasetVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('skips to the end, or stops early with a peeking caveat', () => {
    const skipped = setup();
    skipped.lab.run();
    skipped.lab.skip();
    expect(skipped.lab.shownDays).toBe(14);
    expect(skipped.lab.decision?.caveats).not.toContain('peeking');

    const stopped = setup();
    stopped.lab.run();
    stopped.time.advance(msPerDay(14) * 4);
    stopped.lab.stop();
    expect(stopped.lab.decisionDay).toBe(5);
    expect(stopped.lab.decision?.caveats).toContain('peeking');
    expect(stopped.recorded[0].metrics.decisionDay).toBe(5);
  });

  it('shows the final state at once when the learner prefers reduced motion', () => {
    const { lab, time, recorded } = setup({}, true);
    lab.run();
    expect(lab.phase).toBe('done');
    expect(lab.shownDays).toBe(14);
    expect(time.hasFrame()).toBe(false);
    expect(recorded).toHaveLength(1);
  });

  it('gives the same data for the same seed, and re-reads it when only the KPI changes', () => {
    const a = setup();
    const b = setup();
    a.lab.run();
    b.lab.run();
    expect(a.lab.results).toEqual(b.lab.results);
    a.lab.skip();
    const conversion = a.lab.reading!.estimate;
    a.set({ kpi: 'duration' });
    expect(a.lab.stale).toBe(false);
    expect(a.lab.reading!.estimate).not.toBe(conversion);
    a.set({ days: 20 });
    expect(a.lab.stale).toBe(true);
  });

  it('records a run still replaying when the lab is closed, and only once', async () => {
    const { lab, recorded } = setup();
    lab.run();
    lab.dispose();
    lab.dispose();
    await lab.saved;
    expect(recorded).toHaveLength(1);
    expect(recorded[0].metrics.decisionDay).toBe(14);
  });

  it('leaves out metrics that are not finite, which stored runs refuse', () => {
    expect(finiteOnly({ a: 1, b: NaN, c: Infinity })).toEqual({ a: 1 });
  });
});
