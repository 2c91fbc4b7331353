import { describe, expect, it } from 'vitest';
import { formatAccuracy, formatCount, formatMs, formatRate } from '../../../../src/sims/notebook-to-production/format';

describe('formatMs', () => {
  const cases = [
    { ms: 0, expected: '< 0.1 ms' },
    { ms: 0.04, expected: '< 0.1 ms' },
    { ms: 0.1, expected: '0.10 ms' },
    { ms: 0.123, expected: '0.12 ms' },
    { ms: 3.14159, expected: '3.14 ms' },
    { ms: 18.26, expected: '18.3 ms' },
    { ms: 152.4, expected: '152 ms' },
    { ms: 1234, expected: '1.2 s' },
    { ms: NaN, expected: '–' },
    { ms: -1, expected: '–' },
  ];
  for (const { ms, expected } of cases) it(`writes ${ms} as ${expected}`, () => expect(formatMs(ms)).toBe(expected));
});

describe('formatRate', () => {
  const cases = [
    { rate: 12345, expected: '12,300' },
    { rate: 812.6, expected: '813' },
    { rate: 41.87, expected: '41.9' },
    { rate: Infinity, expected: '–' },
  ];
  for (const { rate, expected } of cases) it(`writes ${rate}/s as ${expected}`, () => expect(formatRate(rate)).toBe(expected));
});

describe('formatCount and formatAccuracy', () => {
  it('shortens parameter counts to thousands or millions', () => {
    expect([formatCount(650), formatCount(32_197), formatCount(3_205_125)]).toEqual(['650', '32k', '3.2M']);
  });
  it('writes an accuracy with one decimal', () => expect(formatAccuracy(0.905)).toBe('90.5%'));
});
