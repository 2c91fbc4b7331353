// Chart and table data of one simulated year (pure: tested without a DOM).
import { FEATURES, type FeatureKey } from '../../engine/drift-stream/config';
import { ACCURACY_ALARM_BIT, type YearResult } from '../../engine/drift-stream/year';
import type { Series, TableData, XMarker } from '../../charts/types';
import { driftMessages as m } from '../../messages/drift-lab';
import { formatAccuracy, formatP, formatStat } from './format';

/** Days (1-based on screen) with their values. */
const points = (values: ArrayLike<number>, days: number) => Array.from({ length: days }, (_, d) => ({ x: d + 1, y: values[d] }));

/** Expected and measured accuracy of the served model per day. */
export function accuracySeries(y: YearResult): Series[] {
  return [
    { name: m.accuracy.served, points: points(y.accuracy, y.days), tone: 1 },
    { name: m.accuracy.measured, points: points(y.measured, y.days), tone: 2, dashed: true },
  ];
}

/** Promotion days as vertical lines, when there are few enough to read (≤ 40). */
export function promotionMarkers(y: YearResult): XMarker[] {
  const promoted = y.verdicts.filter((v) => v.promoted).map((v) => v.day + 1);
  const direct = y.spec.shadowDays === 0 ? y.models.filter((md) => md.day >= 0 && md.day < y.days).map((md) => md.day + 1) : [];
  const all = [...promoted, ...direct];
  return all.length <= 40 ? all.map((x) => ({ x })) : [];
}

const alarmNames = (bits: number) =>
  [...FEATURES.flatMap((f, i) => (bits & (1 << i) ? [m.monitors.features[f]] : [])), ...(bits & ACCURACY_ALARM_BIT ? [m.accuracy.y] : [])].join(', ');

/** One row per day: accuracy, the model in service, alarms and what happened to models that day. */
export function accuracyTable(y: YearResult): TableData {
  const events = new Map<number, string[]>();
  const add = (d: number, text: string) => events.set(d, [...(events.get(d) ?? []), text]);
  for (const md of y.models) if (md.day >= 0) add(md.day, `${m.accuracy.retrained} (model ${md.id})`);
  for (const v of y.verdicts) add(v.day, `model ${v.model} ${v.promoted ? m.accuracy.promoted : m.accuracy.rejected}`);
  return {
    caption: m.accuracy.caption,
    columns: [...m.accuracy.columns],
    rows: Array.from({ length: y.days }, (_, d) => [d + 1, formatAccuracy(y.accuracy[d]), formatAccuracy(y.measured[d]), y.served[d], alarmNames(y.alarms[d]), (events.get(d) ?? []).join('; ')]),
  };
}

/** PSI of one feature per day. */
export function psiSeries(y: YearResult, feature: FeatureKey): Series[] {
  const f = FEATURES.indexOf(feature);
  const F = FEATURES.length;
  return [{ name: m.monitors.psi, points: Array.from({ length: y.days }, (_, d) => ({ x: d + 1, y: y.psi[d * F + f] })), tone: 1 }];
}

/** Days on which a feature's PSI reached its line, and its largest PSI. */
export function psiAlarms(y: YearResult, feature: FeatureKey): { days: number; max: number } {
  const f = FEATURES.indexOf(feature);
  const F = FEATURES.length;
  let days = 0;
  let max = 0;
  for (let d = 0; d < y.days; d++) {
    if (y.psi[d * F + f] >= y.thresholds[d * F + f]) days++;
    max = Math.max(max, y.psi[d * F + f]);
  }
  return { days, max };
}

/** One row per day: PSI, its line and the feature's test (KS or chi-square) with its p-value. */
export function monitorTable(y: YearResult, feature: FeatureKey): TableData {
  const f = FEATURES.indexOf(feature);
  const F = FEATURES.length;
  const numeric = f < 2;
  return {
    caption: m.monitors.caption(m.monitors.features[feature]),
    columns: [...(numeric ? m.monitors.columnsNumeric : m.monitors.columnsCategorical)],
    rows: Array.from({ length: y.days }, (_, d) => {
      const i = d * F + f;
      return [d + 1, formatStat(y.psi[i]), formatStat(y.thresholds[i]), numeric ? formatStat(y.statistic[i]) : y.statistic[i].toFixed(2), formatP(y.pValue[i])];
    }),
  };
}
