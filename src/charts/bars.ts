import { scaleLinear } from 'd3-scale';

/** One horizontal bar: `value` sets its length; an optional `marker` is drawn as a tick on it. */
export interface BarDatum {
  label: string;
  value: number;
  marker?: number;
}

/** Pixel geometry of one bar row. */
export interface BarRow {
  /** Top of the bar. */
  y: number;
  /** Left end (the axis) and length of the bar; length 0 when the value is not finite. */
  x: number;
  width: number;
  /** Where the marker tick sits, or null. */
  markerX: number | null;
}

export interface BarFrame {
  width: number;
  rowHeight: number;
  gap: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * Lays out horizontal bars from a zero axis: a linear scale from [0, max] (max covers
 * every finite value, marker and reference, made "nice") to the frame's plot width,
 * and one row per datum, top to bottom. Non-finite or negative values draw no bar.
 */
export function layoutBars(data: readonly BarDatum[], frame: BarFrame, references: readonly number[] = []) {
  let max = 0;
  for (const v of [...data.flatMap((d) => [d.value, d.marker ?? 0]), ...references]) if (Number.isFinite(v) && v > max) max = v;
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice()
    .range([frame.margin.left, Math.max(frame.margin.left + 1, frame.width - frame.margin.right)]);
  const usable = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v) && v >= 0;
  const rows: BarRow[] = data.map((d, i) => ({
    y: frame.margin.top + i * (frame.rowHeight + frame.gap),
    x: frame.margin.left,
    width: usable(d.value) ? x(d.value) - frame.margin.left : 0,
    markerX: usable(d.marker) ? x(d.marker) : null,
  }));
  const height = frame.margin.top + data.length * frame.rowHeight + Math.max(0, data.length - 1) * frame.gap + frame.margin.bottom;
  return { x, rows, height };
}
