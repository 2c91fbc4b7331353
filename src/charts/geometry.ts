import { scaleLinear } from 'd3-scale';
import { line, area } from 'd3-shape';
import type { Point, Series } from './types';

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The [min, max] of every y (points and bands) across series and reference values, padded when flat. */
export function yExtent(series: Series[], extra: number[] = []): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number) => {
    if (!Number.isFinite(v)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const s of series) {
    for (const p of s.points) take(p.y);
    for (const b of s.band ?? []) {
      take(b.lower);
      take(b.upper);
    }
  }
  extra.forEach(take);
  if (lo === Infinity) return [0, 1];
  if (lo === hi) return [lo - 1, hi + 1];
  return [lo, hi];
}

/** The [min, max] of every x across series; [0, 1] when there are no points. */
export function xExtent(series: Series[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (const p of s.points) {
      if (p.x < lo) lo = p.x;
      if (p.x > hi) hi = p.x;
    }
  if (lo === Infinity) return [0, 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** Linear scales from data units to pixels inside the frame's margins, y domain made "nice". */
export function scalesFor(frame: Frame, xDomain: [number, number], yDomain: [number, number]) {
  const x = scaleLinear()
    .domain(xDomain)
    .range([frame.margin.left, frame.width - frame.margin.right]);
  const y = scaleLinear()
    .domain(yDomain)
    .nice()
    .range([frame.height - frame.margin.bottom, frame.margin.top]);
  return { x, y };
}

/** SVG path `d` for a series' line; non-finite points break the line instead of drawing to 0. */
export function linePath(points: Point[], x: (v: number) => number, y: (v: number) => number): string {
  return (
    line<Point>()
      .defined((p) => Number.isFinite(p.y) && Number.isFinite(p.x))
      .x((p) => x(p.x))
      .y((p) => y(p.y))(points) ?? ''
  );
}

/** SVG path `d` for a band between lower and upper. */
export function bandPath(band: NonNullable<Series['band']>, x: (v: number) => number, y: (v: number) => number): string {
  return (
    area<{ x: number; lower: number; upper: number }>()
      .defined((b) => Number.isFinite(b.lower) && Number.isFinite(b.upper))
      .x((b) => x(b.x))
      .y0((b) => y(b.lower))
      .y1((b) => y(b.upper))(band) ?? ''
  );
}

/** Index of the point whose x is nearest to `value` in an x-sorted list (binary search); -1 if empty. */
export function nearestIndex(points: Point[], value: number): number {
  if (points.length === 0) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid].x <= value) lo = mid;
    else hi = mid;
  }
  return Math.abs(points[lo].x - value) <= Math.abs(points[hi].x - value) ? lo : hi;
}
