import { mkdirSync, writeFileSync } from 'node:fs';

/** Runs fn `repeats` times (after `warmup` runs) and returns wall-clock times in ms, sorted. */
export function timeRuns(fn: () => unknown, repeats = 9, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** Median of an ascending-sorted array. */
export function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Writes a result object to bench-results/<name>.json and prints it. */
export function report(name: string, result: Record<string, unknown>): void {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/${name}.json`, JSON.stringify(result, null, 2) + '\n');
  console.log(`\n[bench] ${name}\n${JSON.stringify(result, null, 2)}`);
}
