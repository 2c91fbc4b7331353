import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatPercent } from '../../../src/lib/format';

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
