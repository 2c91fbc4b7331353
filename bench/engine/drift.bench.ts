import { it } from 'vitest';
import { readTable } from '../../src/engine/tabular/readTable';
// @ts-expect-error plain JS module shared with the browser bench
import { driftCsv } from '../data/driftCsv.mjs';
import { median, report, timeRuns } from './measure';

it('drift report engine: reads two 10⁶-row, 10-column CSV texts', () => {
  const ref = driftCsv(1_000_000, 1, 0) as string;
  const cur = driftCsv(1_000_000, 2, 0.1) as string;
  const read = timeRuns(() => readTable(ref), 3, 1);
  report('drift-engine', { megabytes: +(ref.length / 1e6).toFixed(1), readMsMedian: +median(read).toFixed(0), readMs: read.map(Math.round), curMb: cur.length / 1e6 });
});
