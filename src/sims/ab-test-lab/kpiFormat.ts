import { formatNumber, formatPercent } from '../../lib/format';
import { formatSigned } from './format';
import type { Kpi } from './settings';

/** How a KPI's values read: arm means, differences (B − A) and the chart's unit. */
export interface KpiFormat {
  /** An arm's mean: "5.12%", "€2.51", "180.4 s". */
  mean: (value: number) => string;
  /** A difference: "+0.52 pp", "−€0.125", "+12.3 s". */
  diff: (value: number) => string;
  /** Factor from the KPI's unit to the unit plotted (percentage points for conversion). */
  plotScale: number;
  /** Tick and readout labels in the plotted unit (the unit itself is in the axis title). */
  axis: (plotted: number) => string;
}

const euros = (value: number, decimals: number) => {
  const text = formatSigned(value, decimals);
  return text === '–' ? text : text.replace(/^([+\u2212]?)/, '$1€');
};

export const KPI_FORMATS: Record<Kpi, KpiFormat> = {
  conversion: {
    mean: (v) => formatPercent(v, 2),
    diff: (v) => `${formatSigned(v * 100, 2)} pp`,
    plotScale: 100,
    axis: (v) => formatNumber(v, 3),
  },
  sales: {
    mean: (v) => (Number.isFinite(v) ? `€${v.toFixed(2)}` : '–'),
    diff: (v) => euros(v, 3),
    plotScale: 1,
    axis: (v) => formatNumber(v, 3),
  },
  duration: {
    mean: (v) => (Number.isFinite(v) ? `${v.toFixed(1)} s` : '–'),
    diff: (v) => `${formatSigned(v, 1)} s`,
    plotScale: 1,
    axis: (v) => formatNumber(v, 3),
  },
};

/** A relative lift as a signed percentage: 0.103 → "+10.3%". */
export function formatLift(lift: number): string {
  const text = formatSigned(lift * 100, 1);
  return text === '–' ? text : `${text}%`;
}
