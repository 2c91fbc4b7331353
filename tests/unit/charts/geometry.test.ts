import { describe, expect, it } from 'vitest';
import { linePath, nearestIndex, scalesFor, xExtent, yExtent } from '../../../src/charts/geometry';

const frame = { width: 200, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 0 } };

describe('yExtent', () => {
  const cases = [
    { name: 'no series', series: [], extra: [], expected: [0, 1] },
    { name: 'points and a band', series: [{ name: 'a', points: [{ x: 0, y: 2 }], band: [{ x: 0, lower: 1, upper: 5 }] }], extra: [], expected: [1, 5] },
    { name: 'a flat line', series: [{ name: 'a', points: [{ x: 0, y: 3 }, { x: 1, y: 3 }] }], extra: [], expected: [2, 4] },
    { name: 'a reference value', series: [{ name: 'a', points: [{ x: 0, y: 3 }, { x: 1, y: 4 }] }], extra: [10], expected: [3, 10] },
    { name: 'non-finite values', series: [{ name: 'a', points: [{ x: 0, y: NaN }, { x: 1, y: 4 }, { x: 2, y: 6 }] }], extra: [], expected: [4, 6] },
  ];
  for (const { name, series, extra, expected } of cases) it(`spans ${name}`, () => expect(yExtent(series, extra)).toEqual(expected));
});

describe('xExtent', () => {
  it('spans every point of every series', () => {
    expect(xExtent([{ name: 'a', points: [{ x: 2, y: 0 }] }, { name: 'b', points: [{ x: 7, y: 0 }] }])).toEqual([2, 7]);
  });
});

describe('scalesFor', () => {
  it('maps the x domain onto the frame and flips y so larger values are higher', () => {
    const { x, y } = scalesFor(frame, [0, 10], [0, 1]);
    expect(x(0)).toBe(0);
    expect(x(10)).toBe(200);
    expect(y(0)).toBe(100);
    expect(y(1)).toBe(0);
  });
});

describe('linePath', () => {
  it('breaks the line at a non-finite value instead of drawing it at zero', () => {
    const path = linePath(
      [{ x: 0, y: 0 }, { x: 1, y: NaN }, { x: 2, y: 2 }, { x: 3, y: 3 }],
      (v) => v * 10,
      (v) => v * 10,
    );
    expect(path).toBe('M0,0ZM20,20L30,30');
  });
});

describe('nearestIndex', () => {
  const points = [0, 10, 20, 30].map((x) => ({ x, y: 0 }));
  const cases = [
    { value: -5, expected: 0 },
    { value: 4, expected: 0 },
    { value: 6, expected: 1 },
    { value: 29, expected: 3 },
    { value: 99, expected: 3 },
  ];
  for (const { value, expected } of cases) it(`finds index ${expected} nearest to ${value}`, () => expect(nearestIndex(points, value)).toBe(expected));
  it('returns -1 for no points', () => expect(nearestIndex([], 3)).toBe(-1));
});
