import { describe, expect, it } from 'vitest';
import { simulateChangeRequests, type ChangeRequestResult } from '../../../../src/engine/agile/change-requests';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { ChangeRequestController } from '../../../../src/sims/change-request-simulator/controller.svelte';
import { formatAmount } from '../../../../src/sims/change-request-simulator/format';
import { graphLayout } from '../../../../src/sims/change-request-simulator/graph-layout';
import { scenario } from '../../../../src/sims/change-request-simulator/index';
import { breakEven, costVerdict, extremes } from '../../../../src/sims/change-request-simulator/outcome';
import { toConfig, type CrSettings } from '../../../../src/sims/change-request-simulator/settings';
import { costTakeaway, deliveryTakeaway } from '../../../../src/sims/change-request-simulator/takeaway';
import { defaults } from '../../../../src/lib/scenario';

const base: CrSettings = defaults(scenario);

function setup() {
  let current = { ...base };
  const recorded: NewRun[] = [];
  const lab = new ChangeRequestController(() => current, { record: async (run) => void recorded.push(run) });
  return { lab, recorded, set: (next: Partial<CrSettings>) => (current = { ...current, ...next }) };
}

/** A result with the given running totals and stream kinds' costs, for the outcome helpers. */
function withTotals(modular: number[], coupled: number[]): ChangeRequestResult {
  const r = simulateChangeRequests(toConfig({ ...base, changes: modular.length - 1 }));
  return { ...r, cumulative: { modular, coupled }, total: { modular: modular.at(-1)!, coupled: coupled.at(-1)! } };
}

describe('formatAmount', () => {
  it.each([
    { v: 6, expected: '6' },
    { v: 38.475, expected: '38.5' },
    { v: 1.575, expected: '1.6' },
    { v: 0, expected: '0' },
    { v: NaN, expected: '–' },
  ])('writes $v as $expected', ({ v, expected }) => expect(formatAmount(v)).toBe(expected));
});

describe('costVerdict', () => {
  it.each([
    { modular: 87, coupled: 105, expected: 'coupled' },
    { modular: 105, coupled: 87, expected: 'modular' },
    // |100 − 96| = 4 ≤ 5 % of 100: about the same.
    { modular: 100, coupled: 96, expected: 'same' },
    // |100 − 94| = 6 > 5: the modular build costs more.
    { modular: 100, coupled: 94, expected: 'modular' },
  ] as const)('calls modular $modular against coupled $coupled "$expected"', ({ modular, coupled, expected }) => {
    expect(costVerdict({ modular, coupled })).toBe(expected);
  });
});

describe('breakEven', () => {
  it('finds the first request after which the modular total is no longer higher', () => {
    expect(breakEven(withTotals([41, 47, 50], [33, 44, 53]))).toBe(2);
    expect(breakEven(withTotals([41, 51], [33, 40]))).toBeNull();
    expect(breakEven(withTotals([33, 39], [33, 44]))).toBe(0);
  });
});

describe('the default scenario', () => {
  // Seed 2, 8 requests: data source, regulation, data source, new KPI, replace the model, explain,
  // data source, new KPI. Modular 41 + 6 + 3 + 6 + 3 + 10 + 9 + 6 + 3 = 87;
  // coupled 33 + 11 + 9 + 11 + 8 + 7 + 7 + 11 + 8 = 105.
  const result = simulateChangeRequests(toConfig(base));

  it('costs the hand-checked stream', () => {
    expect(result.stream.map((c) => c.kind)).toEqual(['data-source', 'regulation', 'data-source', 'new-kpi', 'replace-model', 'explain', 'data-source', 'new-kpi']);
    expect(result.total).toEqual({ modular: 87, coupled: 105 });
    // After request 1: 47 vs 44; after request 2: 50 vs 53.
    expect(breakEven(result)).toBe(2);
    // Coupled − modular: data source +5, regulation +6, new KPI +5; replace −3, explain −2.
    expect(extremes(result)).toEqual({ coupledWorst: 'regulation', modularWorst: 'replace-model' });
  });

  it('writes the takeaway from the numbers and the prediction', () => {
    expect(costTakeaway(result, 'modular')).toEqual([
      'Counting the build, the tightly coupled build cost 105 person-days and the modular build 87 person-days: 18 more (21%).',
      'You predicted “The modular one”: not this time.',
      'The contracts cost 8 person-days up front and had paid for themselves by request 2.',
      'The coupled build hurt most on a new regulation (3 d modular, 9 d coupled): an early edit makes everything downstream re-test.',
      'Requests that edit every stage after their first edit cost the modular build more, such as “replace the model with a dashboard” (10 d against 7 d): it versions each contract they cross, and nothing is left downstream for coupling to break.',
    ]);
    expect(costTakeaway(result, 'coupled')[1]).toBe('You predicted “The tightly coupled one”: that is what happened.');
  });

  it('writes the delivery takeaway from the hand-worked curve', () => {
    expect(deliveryTakeaway(result, 7)).toEqual([
      'The goal moved at sprint 7. Iterative learned it at the feedback point after sprint 8; big-bang only at its release, so 12 of its 12 increments were built for the old goal.',
      'Over the 12 sprints iterative delivered 38.5 value points of use against big-bang’s 3, and it ends with 5.4 in use against 3.',
    ]);
    const steady = simulateChangeRequests(toConfig({ ...base, goal: 0 }));
    expect(deliveryTakeaway(steady, 0)[0]).toContain('iterative delivered 70.2 along the way against big-bang’s 12');
  });
});

describe('ChangeRequestController', () => {
  it('refuses to run before a prediction, then runs, records the run and resets the selection', async () => {
    const { lab, recorded } = setup();
    expect(lab.run()).toBeNull();
    expect(lab.needsPrediction).toBe(true);
    expect(recorded).toHaveLength(0);

    lab.predict('coupled');
    expect(lab.needsPrediction).toBe(false);
    const run = lab.run()!;
    await lab.saved;
    expect(run.result.total).toEqual({ modular: 87, coupled: 105 });
    expect(recorded).toHaveLength(1);
    const r = recorded[0];
    expect(r.lab).toBe('change-request-simulator');
    expect(r.backend).toBe('js');
    expect(r.seed).toBe(2);
    expect(r.params).toMatchObject({ changes: 8, contractDays: 2, prediction: 'coupled' });
    expect(r.metrics).toMatchObject({ modularTotalDays: 87, coupledTotalDays: 105, predictionRight: 1, bigBangValueDelivered: 3 });
    expect(r.metrics.iterativeValueDelivered).toBeCloseTo(38.475, 12);
    expect(r.datasetVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps the selected request inside the stream and flags a stale run', () => {
    const { lab, set } = setup();
    lab.predict('same');
    lab.run();
    lab.select(5);
    expect(lab.current?.kind).toBe('replace-model');
    lab.select(99);
    expect(lab.selected).toBe(8);
    lab.select(-1);
    expect(lab.selected).toBe(1);
    expect(lab.stale).toBe(false);
    set({ seed: 3 });
    expect(lab.stale).toBe(true);
  });
});

describe('graphLayout', () => {
  it('stacks the five stages with four links between them', () => {
    const g = graphLayout(300);
    // 2 · 6 + 5 · 48 + 4 · 34 = 388.
    expect(g.height).toBe(388);
    expect(g.nodes.map((n) => n.y)).toEqual([6, 88, 170, 252, 334]);
    expect(g.links[0]).toMatchObject({ from: 'ingest', to: 'features', y1: 54, y2: 88 });
    expect(g.nodes[0].width).toBe(288);
  });

  it('caps the node width at 320 px and keeps 150 px on a tiny box', () => {
    expect(graphLayout(1000).nodes[0]).toMatchObject({ width: 320, x: 340 });
    expect(graphLayout(100)).toMatchObject({ width: 162 });
  });
});
