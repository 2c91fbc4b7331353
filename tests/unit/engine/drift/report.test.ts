import { describe, expect, it } from 'vitest';
import { driftReport, driftVerdict } from '../../../../src/engine/drift/report';
import { readTable } from '../../../../src/engine/tabular/readTable';
import { expectClose } from '../stats/reference';
import { SIG4, toolCases } from './reference';

const files = import.meta.glob<string>('../../../fixtures/tools/*.csv', { query: '?raw', import: 'default', eager: true });
const read = (name: string) => readTable(files[`../../../fixtures/tools/${name}`]);

describe('the drift report of the two fixture files matches scipy column by column', () => {
  const report = driftReport(read('reference.csv'), read('current.csv'));
  const cases = toolCases<{ column: string }, { type: string; test: string; statistic: number; pValue: number; psi: number; missing: number[] }>('report');
  it('tests every common column and lists the others', () => {
    expect(report.rows.map((r) => r.column)).toEqual(cases.map((c) => c.inputs.column));
    expect(report.onlyInReference).toEqual(['legacy_score']);
    expect(report.onlyInCurrent).toEqual(['new_flag']);
  });
  for (const c of cases) {
    it(`${c.inputs.column}: ${c.expected.type}, ${c.expected.test}`, () => {
      const row = report.rows.find((r) => r.column === c.inputs.column)!;
      expect(row.type).toBe(c.expected.type);
      expect(row.test).toBe(c.expected.test);
      expect(row.missing).toEqual(c.expected.missing);
      expectClose(row.statistic, c.expected.statistic, SIG4, 'statistic', 1e-12);
      expectClose(row.pValue, c.expected.pValue, SIG4, 'p-value', 1e-300);
      expectClose(row.psi, c.expected.psi, SIG4, 'psi', 1e-12);
      expect(row.drift).toBe(driftVerdict(c.expected.pValue, c.expected.psi));
    });
  }
});

describe('columns that cannot be tested say why', () => {
  it('a column of numbers in one file and text in the other is not tested, naming the first text cell', () => {
    const r = driftReport(readTable('x\n' + Array.from({ length: 1500 }, (_, i) => i / 7).join('\n')), readTable('x\n1\n2\nabc\n'));
    expect(r.rows[0]).toMatchObject({ untested: 'mixed-types', drift: null, firstText: { file: 'current', line: 4, text: 'abc' } });
  });
  it('a column missing everywhere in one file is not tested', () => {
    expect(driftReport(readTable('x,y\n1,\n2,\n'), readTable('x,y\n1,a\n2,b\n')).rows[1].untested).toBe('empty');
  });
  it('names the stray text cell of a column of numbers, and nothing for an ordinary text column', () => {
    const r = driftReport(readTable('x,c\n1,a\n2,b\n3,a\n4,b\n'), readTable('x,c\n1,a\n2,b\noops,a\n4,a\n5,b\n'));
    expect(r.rows[0].firstText).toEqual({ file: 'current', line: 4, text: 'oops' });
    expect(r.rows[1].firstText).toBeUndefined();
  });
  it('a low-cardinality numeric column with text in the other file is compared as categories', () => {
    const r = driftReport(readTable('x\n1\n2\n1\n'), readTable('x\n1\nnone\n2\n'));
    expect(r.rows[0]).toMatchObject({ type: 'categorical', test: 'chi-square', df: 2 });
  });
});
