import { checkField, type FieldKind, type FieldProblem } from './validate';

/** The analyzer's typed fields, by scenario key. */
export const CONVERSION_FIELDS = ['visitorsA', 'conversionsA', 'visitorsB', 'conversionsB', 'share'] as const;
export const CONTINUOUS_FIELDS = ['visitorsA', 'meanA', 'sdA', 'visitorsB', 'meanB', 'sdB', 'share'] as const;
export type FieldKey = (typeof CONVERSION_FIELDS)[number] | (typeof CONTINUOUS_FIELDS)[number];

const KIND: Record<FieldKey, FieldKind> = {
  visitorsA: 'visitors', visitorsB: 'visitors', conversionsA: 'conversions', conversionsB: 'conversions',
  share: 'share', meanA: 'mean', meanB: 'mean', sdA: 'sd', sdB: 'sd',
};

/**
 * Checks every field of the chosen KPI, then conversions against visitors. Returns the numbers when all
 * are valid (else null) and the problem per field, so each message sits next to its own field.
 */
export function checkForm(texts: Record<FieldKey, string>, continuous: boolean): { values: Partial<Record<FieldKey, number>> | null; problems: Partial<Record<FieldKey, FieldProblem>> } {
  const keys = continuous ? CONTINUOUS_FIELDS : CONVERSION_FIELDS;
  const values: Partial<Record<FieldKey, number>> = {};
  const problems: Partial<Record<FieldKey, FieldProblem>> = {};
  for (const key of keys) {
    const r = checkField(KIND[key], texts[key] ?? '', continuous);
    if ('problem' in r) problems[key] = r.problem;
    else values[key] = r.value;
  }
  if (!continuous) {
    for (const arm of ['A', 'B'] as const) {
      const c = values[`conversions${arm}`];
      const v = values[`visitors${arm}`];
      if (c !== undefined && v !== undefined && c > v) problems[`conversions${arm}`] = 'above-visitors';
    }
  }
  return { values: Object.keys(problems).length ? null : values, problems };
}
