import type { DriftFailure } from '../workers/drift/protocol';

const mb = (bytes: number | string) => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number | string) => Number(n).toLocaleString('en-US');

/** Strings of the Drift report (tool for the learner's own CSV files). */
export const driftMessages = {
  intro:
    'Compare two CSV files with the same columns: a reference (for example the data a model was trained on) and a current sample (what it sees today). Each column gets a drift test, a PSI and a verdict. The files are read and tested in this browser; nothing is uploaded.',
  reference: 'Reference data',
  current: 'Current data',
  fileHint: 'A CSV file with a header row, up to 50 MB and 1,000,000 rows. Choose it or drop it here.',
  drop: 'Drop a CSV file here',
  reading: (name: string) => `Reading ${name}…`,
  loaded: (name: string, rows: number, columns: number) => `${name}: ${count(rows)} rows, ${count(columns)} columns.`,
  comparing: 'Running the tests…',
  waiting: 'Load both files to see the report.',
  keptPrevious: 'The file shown before is still in use.',
  rulesTitle: 'How to read the report',
  rules: [
    'Type: a column is numeric when every non-empty cell is a number; otherwise it is categorical. Empty cells and NA, N/A, NaN or null are counted as missing and left out of the tests.',
    'Numeric columns: two-sample Kolmogorov–Smirnov test (statistic D, the largest gap between the two cumulative distributions). Its p-value is the one scipy.stats.ks_2samp gives by default: exact when both files have at most 10,000 values in the column, otherwise the finite-sample Kolmogorov distribution at the effective size n·m/(n + m).',
    'Categorical columns: chi-square test of homogeneity over every category seen in either file (scipy.stats.chi2_contingency without continuity correction).',
    'PSI (population stability index) = Σ (current share − reference share) × ln(current share / reference share). Numeric columns are binned at the reference file’s deciles (ties merge bins); categorical columns use one bin per category. An empty bin counts as a share of 0.0001.',
    'Drift is “yes” when the p-value is below 0.05 and the PSI is at least 0.1: the change must be both unlikely to be chance and large enough to matter. With very large files tiny, harmless shifts become significant; with small files a large PSI can be noise. With many columns, expect about one false alarm per 20 stable columns from the p-value alone.',
  ],
  caption: 'Drift per column, reference against current',
  columns: { column: 'Column', type: 'Type', test: 'Test', statistic: 'Statistic', pValue: 'p-value', psi: 'PSI', drift: 'Drift' },
  types: { numeric: 'numeric', categorical: 'categorical' },
  tests: { ks: 'Kolmogorov–Smirnov', 'chi-square': 'chi-square' },
  testDetail: { exact: 'exact p', asymptotic: 'large-sample p', df: (df: number) => `${df} df` },
  yes: 'yes',
  no: 'no',
  notTested: 'not tested',
  missing: (r: number, c: number) => `missing: ${count(r)} / ${count(c)}`,
  untested: {
    empty: 'No values in one of the files.',
    'mixed-types': (file: string, line: number, text: string) => `Numbers in one file, but ${file} line ${line} holds “${text}”. Fix that cell (or the column) and load the file again.`,
    'too-many-categories': 'More than 1,000 different values: too many categories to test.',
    mostlyNumbers: (file: string, line: number, text: string) => `Treated as text because ${file} line ${line} holds “${text}”.`,
  },
  onlyIn: (file: string, names: string) => `Only in the ${file} file, not tested: ${names}.`,
  noCommon: 'The two files have no column name in common, so there is nothing to compare.',
  chartColumn: 'Column to draw',
  chartTitle: (column: string) => `Distribution of ${column}: reference and current`,
  chartSummary: (column: string, psi: string) => `Share of rows per bin in each file for ${column}; PSI ${psi}.`,
  bin: 'Bin',
  referenceShare: 'Reference share',
  currentShare: 'Current share',
  exportButton: 'Export report as CSV',
  exportFile: 'drift-report.csv',
  errors: {
    'too-large': (d) => `This file is ${mb(d.bytes)}; the report reads files up to ${mb(d.max)}.`,
    empty: () => 'This file is empty.',
    binary: () => 'This does not look like a CSV text file (it contains binary data).',
    'no-header': (d) => `The first row must name the columns, but it holds “${d.first}”. Add a header row.`,
    'duplicate-column': (d) => `Two columns are named “${d.name}”. Column names must be unique.`,
    'no-rows': () => 'This file has a header but no data rows.',
    ragged: (d) => `Line ${count(d.line)} has ${count(d.fields)} fields, but the header has ${count(d.expected)}. Every row needs one value per column.`,
    'too-many-rows': (d) => `This file has more than ${count(d.max)} rows, the most the report reads.`,
    'too-many-columns': (d) => `This file has ${count(d.columns)} columns; the report reads at most ${count(d.max)}.`,
    unreadable: () => 'The browser could not read this file.',
    internal: () => 'Something went wrong while reading this file.',
  } satisfies Record<DriftFailure['code'], (d: Record<string, string | number>) => string>,
} as const;

/** The message for a failed read or report. */
export function failureMessage(failure: DriftFailure): string {
  return driftMessages.errors[failure.code](failure.detail);
}
