import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/engine/random/rng';
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

  // Reference: the Intl formatter it replaces, over seeded values of every size and sign.
  it('writes what Intl en-US (at most 6 decimals) writes, for 20,000 seeded values', () => {
    const rng = createRng(20261130);
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const magnitude = 10 ** (rng() * 26 - 4);
      const value = (rng() < 0.3 ? -1 : 1) * (rng() < 0.2 ? Math.round(magnitude) : magnitude);
      const digits = 1 + Math.floor(rng() * 9);
      const expected = intl.format(Number(value.toPrecision(digits)));
      if (formatNumber(value, digits) !== expected) mismatches.push(`${value} (${digits}): ${formatNumber(value, digits)} ≠ ${expected}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
  it('writes halves and exact ties as Intl does', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    for (const value of [0, -0, 0.5, -0.5, 2.5, 0.0001235, 0.00012345, 1.0000005, -1.0000005, 999_999.9999995, 123_456_789, 1e20, 1e21, 1.5e22])
      expect(formatNumber(value, 9)).toBe(intl.format(Number(value.toPrecision(9))));
  });
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
