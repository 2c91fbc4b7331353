import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatPercent, groupThousands } from '../../../src/lib/format';

describe('formatDuration', () => {
  const cases = [
    { ms: 0, expected: '0 ms' },
    { ms: 849.6, expected: '850 ms' },
    { ms: 12_400, expected: '12.4 s' },
    { ms: 125_000, expected: '2 min 5 s' },
    { ms: Number.NaN, expected: '–' },
    { ms: -1, expected: '–' },
  ];
  for (const { ms, expected } of cases) it(`shows ${ms} ms as "${expected}"`, () => expect(formatDuration(ms)).toBe(expected));
});

describe('formatNumber', () => {
  const cases = [
    { value: 1234.5678, expected: '1,235' },
    { value: 0.123456, expected: '0.1235' },
    { value: 0.00001234, expected: '1.23e-5' },
    { value: Number.POSITIVE_INFINITY, expected: '–' },
  ];
  for (const { value, expected } of cases) it(`shows ${value} as "${expected}"`, () => expect(formatNumber(value)).toBe(expected));
});

describe('formatPercent', () => {
  it('shows a fraction as a percentage with fixed decimals', () => {
    expect(formatPercent(0.0523)).toBe('5.23%');
    expect(formatPercent(0.5, 0)).toBe('50%');
  });
});

describe('groupThousands', () => {
  // Reference: Intl's en-US grouping, which it replaces (it must write exactly the same).
  const values = [0, 7, 999, 1000, 31_234.4, 31_234.5, 999_999.5, 1_234_567, -1, -1234, -1_234_567.6, 98_800, 2 ** 53, 1e20];
  for (const value of values) it(`writes ${value} as Intl does`, () => expect(groupThousands(value)).toBe(Math.round(value).toLocaleString('en-US')));
  it('writes a dash for values that are not numbers', () => {
    expect(groupThousands(Number.NaN)).toBe('–');
    expect(groupThousands(Number.POSITIVE_INFINITY)).toBe('–');
  });
});
