import type { ColumnData, Table } from '../tabular/readTable';
import { chiSquareHomogeneity } from './chiSquareHomogeneity';
import { categoryShares, numericBins, type SharedBins } from './histogram';
import { ks2Samp } from './ks';
import { psiFromCounts, psiNumeric } from './psi';

/** The stated drift rule: a column drifted when its test's p-value is below ALPHA and its PSI is at least PSI_THRESHOLD. */
export const DRIFT_ALPHA = 0.05;
export const DRIFT_PSI_THRESHOLD = 0.1;
/** Share of number cells above which a text column is flagged as "numbers with a stray text cell". */
const MOSTLY_NUMBERS = 0.8;

/** Why a common column was not tested. */
export type UntestedReason = 'empty' | 'mixed-types' | 'too-many-categories';

export interface DriftRow {
  column: string;
  type: 'numeric' | 'categorical';
  /** Missing cells in the reference and in the current file. */
  missing: [number, number];
  /** Non-missing cells in each file. */
  present: [number, number];
  test: 'ks' | 'chi-square' | null;
  /** KS D, or Pearson's χ²; NaN when untested. */
  statistic: number;
  pValue: number;
  /** χ² degrees of freedom (categorical) or the KS p-value method. */
  df?: number;
  method?: 'exact' | 'asymptotic';
  psi: number;
  /** The rule's verdict; null when untested. */
  drift: boolean | null;
  untested?: UntestedReason;
  /** For a column numeric in one file only, or mostly numbers: the first cell that is not a number. */
  firstText?: { file: 'reference' | 'current'; line: number; text: string };
  /** The two distributions over shared bins, for the chart. */
  bins: SharedBins | null;
}

export interface DriftReport {
  rows: DriftRow[];
  onlyInReference: string[];
  onlyInCurrent: string[];
  referenceRows: number;
  currentRows: number;
}

/** The verdict of the stated rule: drift when p < DRIFT_ALPHA and PSI ≥ DRIFT_PSI_THRESHOLD. */
export function driftVerdict(pValue: number, psi: number): boolean {
  return pValue < DRIFT_ALPHA && psi >= DRIFT_PSI_THRESHOLD;
}

const shortNumber = (x: number) => String(Number(x.toPrecision(3)));

function untested(base: Omit<DriftRow, 'test' | 'statistic' | 'pValue' | 'psi' | 'drift' | 'bins'>, reason: UntestedReason): DriftRow {
  return { ...base, test: null, statistic: NaN, pValue: NaN, psi: NaN, drift: null, untested: reason, bins: null };
}

function compareColumn(r: ColumnData, c: ColumnData): DriftRow {
  const numeric = r.sorted !== null && c.sorted !== null;
  const base = {
    column: r.name,
    type: numeric ? ('numeric' as const) : ('categorical' as const),
    missing: [r.missing, c.missing] as [number, number],
    present: [r.present, c.present] as [number, number],
  };
  if (r.present === 0 || c.present === 0) return untested(base, 'empty');
  if (numeric) {
    const ks = ks2Samp(r.sorted!, c.sorted!);
    const psi = psiNumeric(r.sorted!, c.sorted!);
    return { ...base, test: 'ks', statistic: ks.statistic, pValue: ks.pValue, method: ks.method, psi, drift: driftVerdict(ks.pValue, psi), bins: numericBins(r.sorted!, c.sorted!, 20, shortNumber) };
  }
  // Name the first text cell when it is what keeps a column of (mostly) numbers from being numeric.
  const mixed = (r.counts === null && r.sorted !== null) || (c.counts === null && c.sorted !== null);
  const mostlyNumbers = r.numbers + c.numbers >= MOSTLY_NUMBERS * (r.present + c.present);
  const text = r.firstText ? { file: 'reference' as const, ...r.firstText } : c.firstText ? { file: 'current' as const, ...c.firstText } : undefined;
  const withText = text && (mixed || mostlyNumbers) ? { ...base, firstText: text } : base;
  // A column of numbers in one file and text in the other: its numbers' texts were not kept.
  if (mixed) return untested(withText, 'mixed-types');
  if (r.counts === null || c.counts === null) return untested(withText, 'too-many-categories');
  const categories = [...new Set([...r.counts.keys(), ...c.counts.keys()])].sort((a, b) => (r.counts!.get(b) ?? 0) - (r.counts!.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  if (categories.length > 1000) return untested(withText, 'too-many-categories');
  const refCounts = categories.map((k) => r.counts!.get(k) ?? 0);
  const curCounts = categories.map((k) => c.counts!.get(k) ?? 0);
  const chi = chiSquareHomogeneity(refCounts, curCounts);
  const psi = psiFromCounts(refCounts, curCounts);
  return { ...withText, test: 'chi-square', statistic: chi.statistic, pValue: chi.pValue, df: chi.df, psi, drift: driftVerdict(chi.pValue, psi), bins: categoryShares(categories, r.counts, c.counts) };
}

/**
 * Compares every column present in both tables (matched by name, in the reference's order):
 * numeric in both → two-sample KS (ks2Samp) and PSI over the reference's deciles; otherwise categorical →
 * chi-square homogeneity over the categories seen in either file and PSI over categories. Drift by
 * driftVerdict. Columns in one file only are listed, not tested.
 */
export function driftReport(reference: Table, current: Table): DriftReport {
  const byName = new Map(current.columns.map((c) => [c.name, c]));
  const refNames = new Set(reference.columns.map((c) => c.name));
  return {
    rows: reference.columns.filter((c) => byName.has(c.name)).map((c) => compareColumn(c, byName.get(c.name)!)),
    onlyInReference: reference.columns.filter((c) => !byName.has(c.name)).map((c) => c.name),
    onlyInCurrent: current.columns.filter((c) => !refNames.has(c.name)).map((c) => c.name),
    referenceRows: reference.rows,
    currentRows: current.rows,
  };
}
