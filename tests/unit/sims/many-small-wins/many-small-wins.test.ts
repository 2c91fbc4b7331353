import { describe, expect, it } from 'vitest';
import type { ManySmallWinsResult } from '../../../../src/engine/experiments';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { SmallWinsController } from '../../../../src/sims/many-small-wins/controller.svelte';
import { formatLift } from '../../../../src/sims/many-small-wins/format';
import { testTraffic, type SmallWinsSettings } from '../../../../src/sims/many-small-wins/settings';
import { programSummary } from '../../../../src/sims/many-small-wins/summary';

const defaults: SmallWinsSettings = { seed: 2, changes: 100, nullShare: 80, mean: 1, sd: 0.5, traffic: 3_000_000, alpha: 5, power: 80, underpowered: false };

function setup() {
  let current = { ...defaults };
  const recorded: NewRun[] = [];
  const wins = new SmallWinsController(() => current, { record: async (run) => void recorded.push(run) });
  return { wins, recorded, set: (next: Partial<SmallWinsSettings>) => (current = { ...current, ...next }) };
}

describe('testTraffic', () => {
  it.each([
    { traffic: 3_000_000, underpowered: false, expected: 3_000_000 },
    { traffic: 3_000_000, underpowered: true, expected: 100_000 },
    { traffic: 10_000, underpowered: true, expected: 1000 },
  ])('gives $expected visitors per arm for $traffic (under-powered: $underpowered)', ({ traffic, underpowered, expected }) => {
    expect(testTraffic({ traffic, underpowered })).toBe(expected);
  });
});

describe('formatLift', () => {
  it.each([
    { v: 0.0271, d: 1, expected: '+2.7%' },
    { v: -0.0123, d: 2, expected: '\u22121.23%' },
    { v: 0.00001, d: 1, expected: '0.0%' },
    { v: NaN, d: 1, expected: '–' },
  ])('writes $v with $d decimals as $expected', ({ v, d, expected }) => {
    expect(formatLift(v, d)).toBe(expected);
  });
});

describe('programSummary', () => {
  const change = (kind: ManySmallWinsResult['changes'][number]['kind'], trueLift: number, observedLift: number) =>
    ({ index: 1, trueLift, observedLift, rateBefore: 0.05, pValue: 0.01, shipProbability: 0.5, shipped: kind.endsWith('win') && kind !== 'missed-win', kind });

  it('computes the false share, the winner’s curse and the compound lifts', () => {
    const result = {
      changes: [change('true-win', 0.01, 0.03), change('true-win', 0.02, 0.03), change('false-win', 0, 0.04), change('missed-win', 0.01, 0.001)],
      counts: { 'true-win': 2, 'false-win': 1, 'missed-win': 1, 'correct-rejection': 0 },
      compound: { claimed: 1.1, realized: 1.03, oracle: 1.04, shipEverything: 1.04 },
    } as unknown as ManySmallWinsResult;
    const s = programSummary(result);
    expect(s.shipped).toBe(3);
    expect(s.falseShare).toBeCloseTo(1 / 3, 12);
    expect(s.exaggeration).toBeCloseTo(0.06 / 0.03, 12);
    expect(s.positives).toBe(3);
    expect([s.claimed, s.realized, s.oracle].map((x) => +x.toFixed(12))).toEqual([0.1, 0.03, 0.04]);
  });

  it('reports NaN rather than dividing by zero when nothing shipped', () => {
    const result = { changes: [], counts: { 'true-win': 0, 'false-win': 0, 'missed-win': 0, 'correct-rejection': 3 }, compound: { claimed: 1, realized: 1, oracle: 1, shipEverything: 1 } } as unknown as ManySmallWinsResult;
    expect(programSummary(result).falseShare).toBeNaN();
    expect(programSummary(result).exaggeration).toBeNaN();
  });
});

describe('SmallWinsController', () => {
  it('runs a year, records it with finite metrics, and is reproducible', async () => {
    const a = setup();
    const b = setup();
    const year = a.wins.run();
    b.wins.run();
    await a.wins.saved;
    expect(year.result).toEqual(b.wins.last!.result);
    expect(a.recorded).toHaveLength(1);
    expect(a.recorded[0]).toMatchObject({ lab: 'many-small-wins', seed: 2, params: { visitorsPerArm: 3_000_000, underpowered: false } });
    expect(Object.values(a.recorded[0].metrics).every(Number.isFinite)).toBe(true);
  });

  it('compares the same ideas at full and under-powered traffic: fewer real wins, a bigger false share', () => {
    const { wins, set } = setup();
    const full = wins.run();
    expect(wins.comparison).toBeNull();
    set({ underpowered: true });
    expect(wins.stale).toBe(true);
    const under = wins.run();
    expect(wins.stale).toBe(false);
    expect(wins.comparison).toEqual({ full, under });
    expect(under.result.changes.map((c) => c.trueLift)).toEqual(full.result.changes.map((c) => c.trueLift));
    expect(under.result.counts['true-win']).toBeLessThan(full.result.counts['true-win']);
    expect(under.summary.falseShare).toBeGreaterThan(full.summary.falseShare);
    expect(under.summary.claimed - under.summary.realized).toBeGreaterThan(full.summary.claimed - full.summary.realized);
    set({ underpowered: false });
    expect(wins.shown).toBe(full);
    set({ seed: 3 });
    expect(wins.comparison).toBeNull();
    expect(wins.stale).toBe(true);
  });
});
