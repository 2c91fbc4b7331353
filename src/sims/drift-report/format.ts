import { csvFormatRows } from 'd3-dsv';
import type { DriftReport, DriftRow } from '../../engine/drift/report';
import { pValueText } from '../../lib/pValueText';
import { driftMessages as m } from '../../messages/drift-report';

/** A statistic or PSI with four significant digits ("0.1234", "12.35"), "–" when untested. */
export function statText(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : '–';
}

/** The cells of one report row as shown in the table (and exported): Column … Drift. */
export function rowCells(row: DriftRow): string[] {
  return [
    row.column,
    m.types[row.type],
    row.test ? m.tests[row.test] : m.notTested,
    statText(row.statistic),
    pValueText(row.pValue),
    statText(row.psi),
    row.drift === null ? m.notTested : row.drift ? m.yes : m.no,
  ];
}

/** Why a row was not tested, or why a column of mostly numbers was read as text; '' otherwise. */
export function rowNote(row: DriftRow): string {
  const t = row.firstText;
  if (row.untested === 'mixed-types' && t) return m.untested['mixed-types'](t.file, t.line, t.text);
  if (row.untested === 'empty') return m.untested.empty;
  if (row.untested === 'too-many-categories') return m.untested['too-many-categories'] + (t ? ' ' + m.untested.mostlyNumbers(t.file, t.line, t.text) : '');
  if (t && row.type === 'categorical') return m.untested.mostlyNumbers(t.file, t.line, t.text);
  return '';
}

/** The report as CSV text: the table's columns plus missing counts and notes, one row per column. */
export function reportCsv(report: DriftReport): string {
  const c = m.columns;
  const header = [c.column, c.type, c.test, c.statistic, c.pValue, c.psi, c.drift, 'p-value (full)', 'Missing in reference', 'Missing in current', 'Note'];
  const rows = report.rows.map((r) => [...rowCells(r), Number.isFinite(r.pValue) ? String(r.pValue) : '', String(r.missing[0]), String(r.missing[1]), rowNote(r)]);
  const only = [
    ...report.onlyInReference.map((n) => [n, '', m.notTested, '', '', '', m.notTested, '', '', '', m.onlyIn('reference', n)]),
    ...report.onlyInCurrent.map((n) => [n, '', m.notTested, '', '', '', m.notTested, '', '', '', m.onlyIn('current', n)]),
  ];
  return csvFormatRows([header, ...rows, ...only]) + '\n';
}
