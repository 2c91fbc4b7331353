import { it } from 'vitest';
import { driftReport } from '../../src/engine/drift/report';
import { readTable } from '../../src/engine/tabular/readTable';
// A plain JS module (typed by JSDoc) shared with the browser bench.
import { driftCsv } from '../data/driftCsv.mjs';
import { median, report, timeRuns } from './measure';

// The drift report's engine in Node on the browser bench's files: reading one 10⁶-row, 10-column CSV
// (d3-dsv parse, type inference, sorting) and the tests on two such tables. Parse cost per file is what
// each of the browser's two workers pays in parallel.
it('drift report engine: read a 10⁶-row CSV text, then compare two tables', () => {
  const ref = driftCsv(1_000_000, 1, 0) as string;
  const cur = driftCsv(1_000_000, 2, 0.1) as string;
  const read = timeRuns(() => readTable(ref), 3, 1);
  const a = readTable(ref);
  const b = readTable(cur);
  const compare = timeRuns(() => driftReport(a, b), 3, 1);
  report('drift-engine', {
    megabytes: +(ref.length / 1e6).toFixed(1),
    readOneFileMsMedian: Math.round(median(read)),
    compareMsMedian: Math.round(median(compare)),
    readMs: read.map(Math.round),
    compareMs: compare.map(Math.round),
  });
});
