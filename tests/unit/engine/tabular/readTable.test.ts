import { describe, expect, it } from 'vitest';
import { isMissing, parseNumber } from '../../../../src/engine/tabular/cells';
import { TABLE_LIMITS, TableError } from '../../../../src/engine/tabular/limits';
import { readTable } from '../../../../src/engine/tabular/readTable';

function refusal(text: string): TableError {
  try {
    readTable(text);
  } catch (error) {
    if (error instanceof TableError) return error;
    throw error;
  }
  throw new Error('readTable accepted the text');
}

describe('parseNumber', () => {
  const cases: [string, number][] = [
    ['12', 12], ['-1.5', -1.5], ['+3', 3], ['0.1', 0.1], ['.5', 0.5], ['5.', 5], ['1e3', 1000], ['  -1.5e-3 ', -0.0015],
    ['123456789012345678', 123456789012345678], ['0.30000000000000004', 0.30000000000000004], ['007', 7],
  ];
  for (const [text, value] of cases) it(`reads "${text}" as ${value}, the same double as Number()`, () => expect(parseNumber(text)).toBe(value));
  for (const text of ['abc', '0x1F', '0b101', '0o17', 'Infinity', '-Infinity', '1,000', '1.2.3', '-', '.', '12abc', '1e999'])
    it(`refuses "${text}"`, () => expect(parseNumber(text)).toBeNaN());
  it('agrees with Number() on many generated decimals', () => {
    for (let i = 0; i < 5000; i++) {
      const text = ((i * 7919) % 100003 / 97 - 300).toFixed(i % 7);
      expect(parseNumber(text)).toBe(Number(text));
    }
  });
});

describe('isMissing', () => {
  it('treats empty, blank and NA-like cells as missing, and nothing else', () => {
    expect(['', '  ', 'NA', 'n/a', 'NaN', 'null', ' NULL '].every(isMissing)).toBe(true);
    expect(['0', 'None', 'nah', 'no', 'N', 'x'].some(isMissing)).toBe(false);
  });
});

describe('readTable infers types and counts missing cells', () => {
  const table = readTable('id,score,plan,mixed,blank\n1,0.5,basic,1,\n2,,pro,2,\n3,NA,basic,three,\n4,1.5,team,4,\n');
  const col = (name: string) => table.columns.find((c) => c.name === name)!;
  it('reads every data row', () => expect(table.rows).toBe(4));
  it('calls a column numeric when every non-missing cell is a number, and sorts its numbers', () => {
    expect(Array.from(col('id').sorted!)).toEqual([1, 2, 3, 4]);
    expect(Array.from(col('score').sorted!)).toEqual([0.5, 1.5]);
    expect(col('score').missing).toBe(2);
  });
  it('calls it categorical otherwise, keeping counts and the first text cell', () => {
    expect(col('plan').sorted).toBeNull();
    expect(Object.fromEntries(col('plan').counts!)).toEqual({ basic: 2, pro: 1, team: 1 });
    expect(col('mixed').sorted).toBeNull();
    expect(col('mixed').firstText).toEqual({ line: 4, text: 'three' });
    expect(col('mixed').numbers).toBe(3);
  });
  it('leaves an all-missing column with no values', () => {
    expect(col('blank').present).toBe(0);
    expect(col('blank').missing).toBe(4);
  });
  it('reads quoted fields, a byte-order mark, CRLF line ends and skips blank lines', () => {
    const t = readTable('\uFEFFname,"note, quoted"\r\n"a ""b""",1\r\n\r\nc,2\r\n');
    expect(t.columns.map((c) => c.name)).toEqual(['name', 'note, quoted']);
    expect(t.rows).toBe(2);
    expect([...t.columns[0].counts!.keys()]).toEqual(['a "b"', 'c']);
  });
});

describe('readTable refuses bad files with a reason', () => {
  const cases: [string, string, string][] = [
    ['an empty file', '', 'empty'],
    ['a blank file', ' \n\n', 'empty'],
    ['binary content', 'PK\u0003\u0004\u0000\u0000junk', 'binary'],
    ['a header of numbers (no header row)', '1,2,3\n4,5,6\n', 'no-header'],
    ['a blank column name', 'a,,c\n1,2,3\n', 'no-header'],
    ['a repeated column name', 'a,b,a\n1,2,3\n', 'duplicate-column'],
    ['a header without rows', 'a,b\n', 'no-rows'],
    ['a row with too many fields', 'a,b\n1,2\n3,4,5\n', 'ragged'],
    ['a row with too few fields', 'a,b\n1,2\n3\n', 'ragged'],
    ['10,000 columns', Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',') + '\n' + '1,'.repeat(9999) + '1\n', 'too-many-columns'],
  ];
  for (const [what, text, code] of cases) it(`refuses ${what}`, () => expect(refusal(text).code).toBe(code));
  it('says where a ragged row is', () => expect(refusal('a,b\n1,2\n3,4,5\n').detail).toEqual({ line: 3, fields: 3, expected: 2 }));
  it('refuses more rows than the limit', () => {
    const text = 'a\n' + '1\n'.repeat(TABLE_LIMITS.maxRows + 1);
    expect(refusal(text).code).toBe('too-many-rows');
  });
  it('reports progress up to 1', () => {
    const seen: number[] = [];
    readTable('a\n' + '1\n'.repeat(120_000), (f) => seen.push(f));
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toBe(1);
  });
});
