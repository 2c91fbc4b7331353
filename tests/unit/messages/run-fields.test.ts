import { describe, expect, it } from 'vitest';
import { RUN_FIELDS, fieldInfo, formatDifference, formatField, readableKey } from '../../../src/messages/run-fields';
import { SIZES } from '../../../src/sims/notebook-to-production/family';

/** The source text of every lab, and the clinician's training settings (spread into its params). */
const files: Record<string, string> = {
  ...import.meta.glob<string>(['../../../src/sims/**/*.ts', '!../../../src/sims/runs-and-registry/**'], { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../../src/engine/clinical/training-settings.ts', { query: '?raw', import: 'default', eager: true }),
};

/** The top-level keys of the object literal whose `{` is at `open`: `key:` and shorthand `key`, not spreads. */
function literalKeys(text: string, open: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let token = '';
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if ('{(['.includes(ch)) depth++;
    if ('})]'.includes(ch)) depth--;
    if (depth === 0) break;
    if (depth === 1 && (ch === ',' || ch === '{')) {
      token = '';
      continue;
    }
    if (depth === 1) token += ch;
    const next = text[i + 1];
    if (depth === 1 && (next === ',' || next === '}')) {
      const t = token.trim();
      const key = /^(['"]?)([\w ()€]+)\1\s*:/.exec(t)?.[2] ?? (/^\w+$/.test(t) ? t : null);
      if (key && !t.startsWith('...')) keys.push(key);
    }
  }
  return keys;
}

/**
 * Every key the labs put in a run's params or metrics, read from the source: object literals after
 * `params:`/`metrics:`, the metric literals built before a record, the params helpers of the
 * classifier and sales labs, the pilot-stores step params, and the clinician's training settings.
 */
function recordedKeys(): Set<string> {
  const starts = [
    /\b(?:params|metrics)\s*:\s*(?:finiteOnly\()?\{/g,
    /\bconst metrics(?:: Record<string, number>)? = \{/g,
    /Object\.entries\(\{/g,
    /function \w*[rR]unParams\([^)]*\)[^{]*\{\s*(?:const [^;]+;\s*)?return \{/g,
    /#save\(result, \{/g,
    /, \{ (?=mapeBefore|halted)/g,
    /\bsettings: \{/g,
    /\{ model, data, settings: \{/g,
    /CLINICIAN_TRAINING = \{/g,
  ];
  const keys = new Set<string>();
  for (const text of Object.values(files)) {
    if (!/runs?\.record|NewRun|RunParams|CLINICIAN_TRAINING =|jobFor/.test(text)) continue;
    for (const start of starts) {
      for (const match of text.matchAll(start)) {
        const open = text.lastIndexOf('{', match.index! + match[0].length - 1);
        for (const key of literalKeys(text, open)) keys.add(key);
      }
    }
  }
  // Keys built from templates: the A/B lab's difference and interval in the KPI's unit, and
  // notebook-to-production's latency and throughput per model size.
  for (const unit of ['pp', '€', 's']) for (const k of ['difference', 'ciLower', 'ciUpper']) keys.add(`${k} (${unit})`);
  for (const size of SIZES) for (const suffix of ['P50Ms', 'P95Ms', 'SamplesPerS']) keys.add(`${size}${suffix}`);
  return keys;
}

describe('run fields', () => {
  const keys = recordedKeys();

  it('finds the keys the labs record (the scan itself works)', () => {
    expect(Object.keys(files).length).toBeGreaterThan(50);
    for (const k of ['pValue', 'visitorsA', 'srmPValue', 'trueWins', 'fault', 'mape', 'stockoutCost', 'auc', 'hidden', 'nEstimators', 'epochs', 'step', 'mapeBefore', 'fourierK', 'budgetMs']) {
      expect(keys, k).toContain(k);
    }
    expect(keys.size).toBeGreaterThan(120);
  });

  it('names every key a lab records, with a unit', () => {
    const missing = [...keys].filter((k) => !Object.hasOwn(RUN_FIELDS, k)).sort();
    expect(missing).toEqual([]);
  });

  it.each([
    ['pValue', 0.0312, '0.0312'],
    ['srmPValue', 0.00001234, '1.23e-5'],
    ['visitorsA', 123456, '123,456'],
    ['powerPercent', 80.5, '80.5%'],
    ['accuracy', 0.8734, '87.34%'],
    ['difference (pp)', 0.42, '0.42 pp'],
    ['trainMs', 850, '850 ms'],
    ['trainMs', 12_400, '12.4 s'],
    ['sizeBytes', 2048, '2 KB'],
    ['totalCost', 1204.5, '€1,205'],
    ['plannedDays', 14, '14 days'],
    ['rolledBack', 1, 'yes'],
    ['novelty', false, 'no'],
    ['kpi', 'sales', 'sales'],
  ] as const)('formats %s = %s as “%s”', (key, value, text) => {
    expect(formatField(key, value)).toBe(text);
  });

  it.each([
    ['powerPercent', 2.5, '+2.5 pp'],
    ['accuracy', -0.02, '−2 pp'],
    ['visitorsA', 1500, '+1,500'],
    ['pValue', -0.01, '−0.01'],
    ['trainMs', 0, '±0 ms'],
  ] as const)('formats a difference of %s of %s as “%s”', (key, d, text) => {
    expect(formatDifference(key, d)).toBe(text);
  });

  it.each([
    ['daysToDetection', 'Days to detection'],
    ['psiMaxFeature', 'Psi max feature'],
    ['KSStatistic', 'KS statistic'],
    ['drift_alerts', 'Drift alerts'],
    ['<b>key</b>', '<b>key</b>'],
  ])('reads an unknown key %s as “%s”', (key, label) => {
    expect(readableKey(key)).toBe(label);
    if (!Object.hasOwn(RUN_FIELDS, key)) expect(fieldInfo(key)).toEqual({ label, format: 'number' });
  });
});
