/** A point of a line series, in data units. */
export interface Point {
  x: number;
  y: number;
}

/** A line, optionally with an uncertainty band (lower/upper per x), drawn in a series colour. */
export interface Series {
  name: string;
  points: Point[];
  /** Optional band, e.g. a 95% confidence interval: same x values as points. */
  band?: { x: number; lower: number; upper: number }[];
  /** 1-4: index of a colour token (--series-N); colour is never the only signal: lines also differ in dash. */
  tone?: 1 | 2 | 3 | 4;
  dashed?: boolean;
}

/** A horizontal reference line (e.g. alpha = 5%, a latency budget). */
export interface ReferenceLine {
  y: number;
  label: string;
}

/** A vertical line at an x value (e.g. a feedback point); a label makes it solid and names it. */
export interface XMarker {
  x: number;
  label?: string;
}

/** Rows for the table alternative of a chart. */
export interface TableData {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}
