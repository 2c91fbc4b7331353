import { describe, expect, it } from 'vitest';
import { driftReport } from '../../../../src/engine/drift/report';
import { TableError } from '../../../../src/engine/tabular/limits';
import { readTable } from '../../../../src/engine/tabular/readTable';
import { DriftRequestError, type DriftClient } from '../../../../src/sims/drift-report/client';
import { DriftReportController } from '../../../../src/sims/drift-report/controller.svelte';
import { reportCsv } from '../../../../src/sims/drift-report/format';

/** A client that reads and compares on the calling thread, as the worker would. */
const inline: DriftClient = {
  async read(_side, file, onProgress) {
    try {
      return readTable(await file.text(), onProgress);
    } catch (error) {
      if (error instanceof TableError) throw new DriftRequestError({ code: error.code, detail: error.detail });
      throw error;
    }
  },
  async report(reference, current) {
    return { report: driftReport(reference, current), reference, current };
  },
  dispose() {},
};

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('DriftReportController', () => {
  it('reports once both files are read, and picks a column to draw', async () => {
    const tool = new DriftReportController(inline);
    await tool.load('reference', file('ref.csv', 'x,c\n1,a\n2,b\n3,a\n'));
    expect(tool.report).toBeNull();
    await tool.load('current', file('cur.csv', 'x,c\n4,a\n5,b\n6,b\n'));
    expect(tool.report?.rows.map((r) => r.column)).toEqual(['x', 'c']);
    expect(tool.selected).toBe('x');
    expect(tool.reference).toMatchObject({ name: 'ref.csv', rows: 3, columns: 2, progress: null, error: '' });
  });

  it('keeps the file, the report and the chosen column when a new file is refused', async () => {
    const tool = new DriftReportController(inline);
    await tool.load('reference', file('ref.csv', 'x,c\n1,a\n2,b\n3,a\n'));
    await tool.load('current', file('cur.csv', 'x,c\n4,a\n5,b\n6,b\n'));
    tool.selected = 'c';
    const before = tool.report;
    await tool.load('current', file('bad.csv', 'x,c\n1,a,9\n'));
    expect(tool.current.error).toBe('Line 2 has 3 fields, but the header has 2. Every row needs one value per column.');
    expect(tool.current.name).toBe('cur.csv');
    expect(tool.report).toBe(before);
    expect(tool.selected).toBe('c');
  });

  it('exports the report as CSV with the table’s headers and the untested columns', async () => {
    const tool = new DriftReportController(inline);
    await tool.load('reference', file('ref.csv', 'x,only\n1,a\n2,b\n'));
    await tool.load('current', file('cur.csv', 'x\n4\n5\n'));
    const lines = reportCsv(tool.report!).trim().split('\n');
    expect(lines[0]).toBe('Column,Type,Test,Statistic,p-value,PSI,Drift,p-value (full),Missing in reference,Missing in current,Note');
    expect(lines[1]).toMatch(/^x,numeric,Kolmogorov–Smirnov,1,0\.333,/);
    expect(lines[2]).toMatch(/^only,,not tested,/);
  });
});
