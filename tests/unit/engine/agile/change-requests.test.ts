import { describe, expect, it } from 'vitest';
import {
  CHANGE_KINDS,
  buildDays,
  changeCost,
  downstreamOf,
  drawChangeStream,
  simulateChangeRequests,
  simulateDelivery,
  type ChangeRequestConfig,
} from '../../../../src/engine/agile/change-requests';
import { childSeed, createRng } from '../../../../src/engine/random/rng';

// Re-test days: ingest 2, features 2, model 3, serving 2, dashboard 1. A crossed contract: 1 day.
describe('changeCost', () => {
  it.each([
    // edits ingest 3 + features 2 = 5; modular: contract ingest→features +1 = 6;
    // coupled: model 3 + serving 2 + dashboard 1 re-tested = 5 + 6 = 11.
    { kind: 'data-source', modular: 6, coupled: 11, retested: ['model', 'serving', 'dashboard'], contracts: 1 },
    // edits features 1 + dashboard 2 = 3; modular: no link has both sides edited = 3;
    // coupled: model 3 + serving 2 re-tested (dashboard is edited anyway) = 3 + 5 = 8.
    { kind: 'new-kpi', modular: 3, coupled: 8, retested: ['model', 'serving'], contracts: 0 },
    // edits model 3 + serving 2 + dashboard 2 = 7; modular: model→serving, serving→dashboard +2 = 9;
    // coupled: nothing downstream is left unedited = 7.
    { kind: 'explain', modular: 9, coupled: 7, retested: [], contracts: 2 },
    // edits ingest 2 + serving 1 = 3; modular: no link with both sides edited = 3;
    // coupled: features 2 + model 3 + dashboard 1 re-tested = 3 + 6 = 9.
    { kind: 'regulation', modular: 3, coupled: 9, retested: ['features', 'model', 'dashboard'], contracts: 0 },
    // edits features 1 + model 1 + serving 1 + dashboard 4 = 7; modular: three contracts +3 = 10;
    // coupled: nothing downstream is left unedited = 7.
    { kind: 'replace-model', modular: 10, coupled: 7, retested: [], contracts: 3 },
  ] as const)('costs $kind $modular person-days modular and $coupled coupled', ({ kind, modular, coupled, retested, contracts }) => {
    const m = changeCost(kind, 'modular');
    const c = changeCost(kind, 'coupled');
    expect(m.days).toBe(modular);
    expect(c.days).toBe(coupled);
    expect(c.retested.map((r) => r.component)).toEqual(retested);
    expect(m.retested).toEqual([]);
    expect(m.contracts).toHaveLength(contracts);
    expect(c.contracts).toEqual([]);
    expect(m.edited).toEqual(c.edited);
  });

  it('names the re-tested components of a new data source with their re-test days', () => {
    expect(changeCost('data-source', 'coupled').retested).toEqual([
      { component: 'model', days: 3 },
      { component: 'serving', days: 2 },
      { component: 'dashboard', days: 1 },
    ]);
    expect(changeCost('explain', 'modular').contracts).toEqual([
      { from: 'model', to: 'serving', days: 1 },
      { from: 'serving', to: 'dashboard', days: 1 },
    ]);
  });
});

describe('the pipeline', () => {
  it('puts everything after a component downstream of it', () => {
    expect(downstreamOf('features')).toEqual(['model', 'serving', 'dashboard']);
    expect(downstreamOf('dashboard')).toEqual([]);
  });

  it.each([
    // 5 + 8 + 10 + 6 + 4 = 33 either way; modular adds 4 contracts.
    { architecture: 'coupled', contractDays: 2, expected: 33 },
    { architecture: 'modular', contractDays: 2, expected: 41 },
    { architecture: 'modular', contractDays: 0, expected: 33 },
    { architecture: 'modular', contractDays: 2.5, expected: 43 },
  ] as const)('builds $architecture with $contractDays days a contract in $expected person-days', ({ architecture, contractDays, expected }) => {
    expect(buildDays(architecture, contractDays)).toBe(expected);
  });
});

describe('drawChangeStream', () => {
  it('maps each uniform draw u to kind ⌊5u⌋', () => {
    const draws = [0, 0.2, 0.39, 0.6, 0.8, 0.999];
    let i = 0;
    expect(drawChangeStream(6, () => draws[i++])).toEqual(['data-source', 'new-kpi', 'new-kpi', 'regulation', 'replace-model', 'replace-model']);
  });

  it('gives the same stream for the same seed and another for another seed', () => {
    const a = drawChangeStream(40, createRng(3));
    expect(drawChangeStream(40, createRng(3))).toEqual(a);
    expect(drawChangeStream(40, createRng(4))).not.toEqual(a);
    expect(a).toHaveLength(40);
  });

  it('bounds the stream to 0–40 requests', () => {
    expect(drawChangeStream(1000, createRng(1))).toHaveLength(40);
    expect(drawChangeStream(-3, createRng(1))).toEqual([]);
  });

  it('draws every kind about equally often', () => {
    const rng = createRng(11);
    const counts = new Map<string, number>();
    for (let k = 0; k < 250; k++) for (const kind of drawChangeStream(40, rng)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    // 10,000 draws, p = 0.2: sd = √(10,000 · 0.2 · 0.8) = 40; allow 5 sd.
    for (const kind of CHANGE_KINDS) expect(Math.abs(counts.get(kind)! - 2000)).toBeLessThan(200);
  });
});

describe('simulateDelivery', () => {
  it('works a 4-sprint case by hand: feedback every sprint, the goal moves at sprint 3, old work keeps half', () => {
    // Iterative learns at the end of sprint 3 (first feedback ≥ 3): increments 1–3 old goal, 4 new.
    // Value: s1 1; s2 2; s3 (goal moved) 3 × 0.5 = 1.5; s4 1.5 + 1 = 2.5. Cumulative 1, 3, 4.5, 7.
    // Big-bang learns only at its release (end of sprint 4): all 4 old, 4 × 0.5 = 2 at sprint 4.
    const r = simulateDelivery({ sprints: 4, feedbackEvery: 1, goalChangeSprint: 3, oldGoalWorth: 0.5, releaseOverhead: 0 });
    expect(r.sprints.map((s) => s.value.iterative)).toEqual([1, 2, 1.5, 2.5]);
    expect(r.sprints.map((s) => s.cumulative.iterative)).toEqual([1, 3, 4.5, 7]);
    expect(r.sprints.map((s) => s.value.bigBang)).toEqual([0, 0, 0, 2]);
    expect(r.sprints.map((s) => s.cumulative.bigBang)).toEqual([0, 0, 0, 2]);
    expect(r.learnedAt).toEqual({ iterative: 3, bigBang: 4 });
    expect(r.sprints.map((s) => s.goal)).toEqual(['original', 'original', 'new', 'new']);
    expect(r.sprints.map((s) => s.aimsAtNew.iterative)).toEqual([false, false, false, true]);
  });

  it('charges iterative delivery its release overhead and lets a rare feedback point learn late', () => {
    // Feedback at the ends of sprints 2 and 4: iterative learns at 4, so all increments aim at the old goal.
    // Size 0.9: s1 0.9; s2 1.8; s3 3 × 0.9 × 0.5 = 1.35; s4 4 × 0.9 × 0.5 = 1.8. Cumulative 0.9, 2.7, 4.05, 5.85.
    const r = simulateDelivery({ sprints: 4, feedbackEvery: 2, goalChangeSprint: 3, oldGoalWorth: 0.5, releaseOverhead: 0.1 });
    const it = r.sprints.map((s) => s.value.iterative);
    [0.9, 1.8, 1.35, 1.8].forEach((v, i) => expect(it[i]).toBeCloseTo(v, 12));
    expect(r.sprints.at(-1)!.cumulative.iterative).toBeCloseTo(5.85, 12);
    expect(r.sprints.map((s) => s.feedback.iterative)).toEqual([false, true, false, true]);
  });

  it('with a goal that never moves, big-bang ends with more in production but delivers less along the way', () => {
    // Iterative: 0.9 × s each sprint, ending at 10.8, cumulative 0.9 × (1 + … + 12) = 0.9 × 78 = 70.2.
    // Big-bang: 12 at the end of sprint 12 only.
    const r = simulateDelivery({ sprints: 12, feedbackEvery: 2, goalChangeSprint: null, oldGoalWorth: 0.25, releaseOverhead: 0.1 });
    const last = r.sprints.at(-1)!;
    expect(last.value.iterative).toBeCloseTo(10.8, 12);
    expect(last.value.bigBang).toBe(12);
    expect(last.cumulative.iterative).toBeCloseTo(70.2, 12);
    expect(last.cumulative.bigBang).toBe(12);
    expect(r.learnedAt).toEqual({ iterative: null, bigBang: null });
  });

  it('with the lab defaults (goal moves at sprint 7, feedback every 2), iterative re-aims after sprint 8', () => {
    // Increments 1–8 old goal, 9–12 new; sprints 1–6: 0.9 s; s7: 7 × 0.9 × 0.25 = 1.575; s8: 1.8;
    // s9–12: 1.8 + 0.9 k = 2.7, 3.6, 4.5, 5.4. Cumulative: 18.9 + 1.575 + 1.8 + 2.7 + 3.6 + 4.5 + 5.4 = 38.475.
    // Big-bang: 12 × 0.25 = 3 at sprint 12.
    const r = simulateDelivery({ sprints: 12, feedbackEvery: 2, goalChangeSprint: 7, oldGoalWorth: 0.25, releaseOverhead: 0.1 });
    expect(r.learnedAt.iterative).toBe(8);
    expect(r.sprints[6].value.iterative).toBeCloseTo(1.575, 12);
    expect(r.sprints.at(-1)!.value.iterative).toBeCloseTo(5.4, 12);
    expect(r.sprints.at(-1)!.cumulative.iterative).toBeCloseTo(38.475, 12);
    expect(r.sprints.at(-1)!.value.bigBang).toBe(3);
  });
});

describe('simulateChangeRequests', () => {
  const config: ChangeRequestConfig = {
    seed: 3,
    changes: 8,
    contractDays: 2,
    delivery: { sprints: 12, feedbackEvery: 2, goalChangeSprint: 7, oldGoalWorth: 0.25, releaseOverhead: 0.1 },
  };

  it('is reproducible: the same config gives the same result', () => {
    expect(simulateChangeRequests(config)).toEqual(simulateChangeRequests(config));
  });

  it('adds the build and each request to the running totals', () => {
    const r = simulateChangeRequests(config);
    expect(r.stream.map((c) => c.kind)).toEqual(drawChangeStream(8, createRng(childSeed(3, 'change-stream'))));
    expect(r.cumulative.modular[0]).toBe(41);
    expect(r.cumulative.coupled[0]).toBe(33);
    expect(r.cumulative.modular).toHaveLength(9);
    const sum = (a: 'modular' | 'coupled') => r.stream.reduce((s, c) => s + changeCost(c.kind, a).days, 0);
    expect(r.total).toEqual({ modular: 41 + sum('modular'), coupled: 33 + sum('coupled') });
  });

  it('gives a hand-costed total for a stream of one request of each kind', () => {
    // Draws 0.0, 0.2, 0.4, 0.6, 0.8 would be one of each; check the totals with the costs above:
    // modular 41 + 6 + 3 + 9 + 3 + 10 = 72; coupled 33 + 11 + 8 + 7 + 9 + 7 = 75.
    const modular = 41 + CHANGE_KINDS.reduce((s, k) => s + changeCost(k, 'modular').days, 0);
    const coupled = 33 + CHANGE_KINDS.reduce((s, k) => s + changeCost(k, 'coupled').days, 0);
    expect([modular, coupled]).toEqual([72, 75]);
  });
});
