import { csvParseRows } from 'd3-dsv';
import { isMissing, parseNumber } from './cells';
import { sortFloat64 } from './sortFloat64';
import { TABLE_LIMITS, TableError } from './limits';

/** One column of a CSV file, reduced to what the drift tests need. */
export interface ColumnData {
  name: string;
  /** Missing cells (see isMissing). */
  missing: number;
  /** Non-missing cells. */
  present: number;
  /** Non-missing cells that are numbers (see parseNumber). */
  numbers: number;
  /** The numbers, ascending, when every non-missing cell is a number; else null. */
  sorted: Float64Array | null;
  /** Count per distinct cell text, or null when there are more than maxCategories distinct texts. */
  counts: Map<string, number> | null;
  /** The first cell that is not a number (1-based line in the file), when there is one. */
  firstText: { line: number; text: string } | null;
}

export interface Table {
  rows: number;
  columns: ColumnData[];
}

const BINARY_PROBE = 8192;

function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

function checkHeader(header: string[]): void {
  if (header.length > TABLE_LIMITS.maxColumns) throw new TableError('too-many-columns', { columns: header.length, max: TABLE_LIMITS.maxColumns });
  const names = header.map((h) => h.trim());
  const blank = names.findIndex((h) => h === '');
  const allNumbers = names.every((h) => !Number.isNaN(parseNumber(h)));
  if (allNumbers || (blank >= 0 && names.length > 1)) {
    throw new TableError('no-header', { first: names.slice(0, 3).join(', ').slice(0, 60), column: blank + 1 });
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new TableError('duplicate-column', { name: name.slice(0, TABLE_LIMITS.maxNameLength) });
    seen.add(name);
  }
}

/**
 * Reads CSV text (RFC 4180, comma-separated, first row = header) into per-column summaries in one
 * pass with d3-dsv, keeping no row: numbers go into a Float64Array per column, cell texts into a count
 * map (dropped past TABLE_LIMITS.maxCategories distinct texts). A column is numeric when every
 * non-missing cell is a number. Refuses, with a TableError: empty text, binary content (a NUL among
 * the first 8 KB), a header of numbers only or with a blank or repeated name, more columns or rows
 * than TABLE_LIMITS, and a row whose field count differs from the header's (blank lines are skipped).
 * `onProgress(fraction)` is called every 50,000 rows.
 */
export function readTable(text: string, onProgress: (fraction: number) => void = () => {}): Table {
  if (text.trim() === '') throw new TableError('empty');
  if (text.slice(0, BINARY_PROBE).includes('\u0000')) throw new TableError('binary');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const expected = lineCount(body);
  if (expected - 2 > TABLE_LIMITS.maxRows * 2) throw new TableError('too-many-rows', { max: TABLE_LIMITS.maxRows });
  const capacity = Math.min(expected, TABLE_LIMITS.maxRows);
  let width = 0;
  let columns: (ColumnData & { buffer: Float64Array | null })[] = [];
  let rows = 0;
  let line = 0;

  csvParseRows(body, (row, i) => {
    line = i + 1;
    if (i === 0) {
      checkHeader(row);
      width = row.length;
      columns = row.map((name) => ({
        name: name.trim(),
        missing: 0,
        present: 0,
        numbers: 0,
        sorted: null,
        counts: new Map(),
        firstText: null,
        buffer: new Float64Array(capacity),
      }));
      return null;
    }
    if (row.length !== width) {
      if (row.length === 1 && row[0] === '') return null;
      throw new TableError('ragged', { line, fields: row.length, expected: width });
    }
    if (++rows > TABLE_LIMITS.maxRows) throw new TableError('too-many-rows', { max: TABLE_LIMITS.maxRows });
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const col = columns[c];
      // A cell that starts with a digit or a minus sign is never missing: skip the check for most numbers.
      const first = cell.charCodeAt(0);
      if (!((first >= 48 && first <= 57) || first === 45) && isMissing(cell)) {
        col.missing++;
        continue;
      }
      col.present++;
      const counts = col.counts;
      if (counts !== null) {
        counts.set(cell, (counts.get(cell) ?? 0) + 1);
        if (counts.size > TABLE_LIMITS.maxCategories) col.counts = null;
      }
      if (col.buffer !== null) {
        const v = parseNumber(cell);
        if (v === v) {
          col.buffer[col.numbers++] = v;
          continue;
        }
        col.buffer = null;
      } else if (!Number.isNaN(parseNumber(cell))) {
        col.numbers++;
        continue;
      }
      col.firstText ??= { line, text: cell.slice(0, 40) };
    }
    if (rows % 50_000 === 0) onProgress(Math.min(1, rows / expected));
    return null;
  });
  if (width === 0) throw new TableError('empty');
  if (rows === 0) throw new TableError('no-rows');
  onProgress(1);
  return {
    rows,
    columns: columns.map(({ buffer, ...col }) => ({
      ...col,
      sorted: buffer !== null && col.numbers > 0 ? sortFloat64(buffer.slice(0, col.numbers)) : null,
    })),
  };
}
