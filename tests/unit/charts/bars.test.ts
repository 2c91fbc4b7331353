import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../../src/charts/bars';

const frame = { width: 220, rowHeight: 20, gap: 10, margin: { top: 5, right: 20, bottom: 15, left: 0 } };

describe('layoutBars', () => {
  it('maps zero to the left margin and the nice maximum to the right edge of the plot', () => {
    const { x } = layoutBars([{ label: 'a', value: 9.3 }], frame);
    expect(x.domain()).toEqual([0, 10]);
    expect(x(0)).toBe(0);
    expect(x(10)).toBe(200);
  });

  // A second bar of 10 fixes the scale at [0, 10] over 200 px, unless a reference is larger.
  const ten = { label: 'ten', value: 10 };
  const cases = [
    { name: 'a value', first: { label: 'a', value: 5 }, refs: [], expected: { width: 100, markerX: null } },
    { name: 'a value with a marker', first: { label: 'a', value: 5, marker: 2 }, refs: [], expected: { width: 100, markerX: 40 } },
    { name: 'a value under a larger reference', first: { label: 'a', value: 5 }, refs: [20], expected: { width: 50, markerX: null } },
    { name: 'a NaN value', first: { label: 'a', value: NaN }, refs: [], expected: { width: 0, markerX: null } },
    { name: 'a negative value', first: { label: 'a', value: -3 }, refs: [], expected: { width: 0, markerX: null } },
  ];
  for (const { name, first, refs, expected } of cases) {
    it(`sizes the first bar for ${name}`, () => {
      const { rows } = layoutBars([first, ten], frame, refs);
      expect(rows[0]).toMatchObject(expected);
    });
  }

  it('stacks rows top to bottom with the gap between them and sizes the chart to fit', () => {
    const { rows, height } = layoutBars([{ label: 'a', value: 1 }, { label: 'b', value: 2 }, { label: 'c', value: 3 }], frame);
    expect(rows.map((r) => r.y)).toEqual([5, 35, 65]);
    expect(height).toBe(5 + 3 * 20 + 2 * 10 + 15);
  });

  it('still has a usable scale when there is nothing to draw', () => {
    const { x, rows, height } = layoutBars([], frame);
    expect(x.domain()).toEqual([0, 1]);
    expect(rows).toEqual([]);
    expect(height).toBe(20);
  });
});
