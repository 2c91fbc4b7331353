import { describe, expect, it } from 'vitest';
import { analyzeContinuous, analyzeConversion, caveats } from '../../../../src/sims/ab-test-analyzer/analysis';
import { checkForm } from '../../../../src/sims/ab-test-analyzer/form';
import { checkField } from '../../../../src/sims/ab-test-analyzer/validate';
import { SIG4, toolCases } from '../../engine/drift/reference';
import { expectClose } from '../../engine/stats/reference';

type Conv = { visitorsA: number; conversionsA: number; visitorsB: number; conversionsB: number; shareB: number };
type Expected = { diff: number; ci: [number, number]; pValue: number | null; lift: number | null; srmPValue: number };

/** Compares a value with its reference; null in the fixture means "not defined" (NaN here). */
function close(actual: number, expected: number | null, what: string) {
  if (expected === null) expect(actual, what).toBeNaN();
  else expectClose(actual, expected, SIG4, what, 1e-15);
}

describe('the A/B test analyzer matches statsmodels/scipy on conversion counts', () => {
  const cases = toolCases<Conv, Expected>('abConversion');
  it('has at least 30 cases, extremes included', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.some((c) => c.inputs.conversionsA === 0 && c.inputs.conversionsB === 0)).toBe(true);
    expect(cases.some((c) => c.inputs.conversionsA === c.inputs.visitorsA && c.inputs.conversionsB === c.inputs.visitorsB)).toBe(true);
    expect(cases.some((c) => c.inputs.visitorsA >= 1e9)).toBe(true);
  });
  for (const c of cases) {
    const i = c.inputs;
    it(`${i.conversionsA}/${i.visitorsA} against ${i.conversionsB}/${i.visitorsB}, ${i.shareB}% to B`, () => {
      const a = analyzeConversion(i);
      close(a.diff, c.expected.diff, 'difference');
      close(a.ci[0], c.expected.ci[0], 'interval low');
      close(a.ci[1], c.expected.ci[1], 'interval high');
      close(a.pValue, c.expected.pValue, 'p-value');
      close(a.lift, c.expected.lift, 'lift');
      close(a.srmPValue, c.expected.srmPValue, 'mismatch p-value');
    });
  }
});

describe('the A/B test analyzer matches scipy ttest_ind_from_stats on a continuous KPI', () => {
  type Cont = { meanA: number; sdA: number; visitorsA: number; meanB: number; sdB: number; visitorsB: number; shareB: number };
  for (const c of toolCases<Cont, Expected>('abContinuous')) {
    it(`${c.inputs.meanA}±${c.inputs.sdA} (n ${c.inputs.visitorsA}) against ${c.inputs.meanB}±${c.inputs.sdB} (n ${c.inputs.visitorsB})`, () => {
      const a = analyzeContinuous(c.inputs);
      close(a.diff, c.expected.diff, 'difference');
      close(a.ci[0], c.expected.ci[0], 'interval low');
      close(a.ci[1], c.expected.ci[1], 'interval high');
      close(a.pValue, c.expected.pValue, 'p-value');
      close(a.lift, c.expected.lift, 'lift');
      close(a.srmPValue, c.expected.srmPValue, 'mismatch p-value');
    });
  }
});

describe('the reading’s caveats', () => {
  it('flags a broken split, an early stop and low power', () => {
    const a = analyzeConversion({ visitorsA: 10_000, conversionsA: 500, visitorsB: 9_000, conversionsB: 470, shareB: 50 });
    expect(caveats(a, true)).toEqual(['srm', 'peeking', 'low-power']);
  });
  it('has none for a large, balanced, clearly powered test', () => {
    const a = analyzeConversion({ visitorsA: 50_000, conversionsA: 2500, visitorsB: 50_000, conversionsB: 2900, shareB: 50 });
    expect(caveats(a, false)).toEqual([]);
  });
});

describe('field checks', () => {
  const cases: [Parameters<typeof checkField>[0], string, unknown][] = [
    ['visitors', '10000', { value: 10000 }], ['visitors', '10,000', { value: 10000 }], ['visitors', '-5', { problem: 'negative' }],
    ['visitors', '12.5', { problem: 'fractional' }], ['visitors', '0', { problem: 'zero' }], ['visitors', '', { problem: 'empty' }],
    ['visitors', 'ten', { problem: 'not-number' }], ['visitors', '1e12', { problem: 'too-large' }], ['conversions', '0', { value: 0 }],
    ['share', '100', { problem: 'share-range' }], ['share', '33.3', { value: 33.3 }], ['sd', '-1', { problem: 'sd-negative' }], ['mean', '-3.5', { value: -3.5 }],
  ];
  for (const [kind, text, expected] of cases) it(`${kind} "${text}"`, () => expect(checkField(kind, text)).toEqual(expected));
  it('refuses conversions above visitors, on the conversions field', () => {
    const r = checkForm({ visitorsA: '100', conversionsA: '101', visitorsB: '100', conversionsB: '5', share: '50', meanA: '', sdA: '', meanB: '', sdB: '' }, false);
    expect(r.values).toBeNull();
    expect(r.problems).toEqual({ conversionsA: 'above-visitors' });
  });
});
