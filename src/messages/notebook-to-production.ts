/**
 * UI strings of the Notebook-to-production lab, loaded with its chunk only.
 * Numbers arrive already formatted (src/sims/notebook-to-production/format.ts).
 */
import type { ModelSize } from '../engine/training/types';

const SIZE_NAMES: Record<ModelSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };
const BACKEND_NAMES: Record<string, string> = { webgl: 'WebGL (graphics card)', wasm: 'WebAssembly (CPU)', cpu: 'Plain JavaScript (CPU)' };

export const notebookMessages = {
  intro:
    'One model family, a ticket router that reads a 1,000-word bag of words and picks one of 5 queues, in three sizes. Their offline accuracy is on the page already; their speed is not, so measure it here, on this device, against a latency budget you choose.',
  accuracyNote:
    'Offline accuracy is illustrative: fixed figures of the kind a holdout set gives for networks like these, not measured here (training the large one in a browser would take minutes). Latency and throughput are real: they are measured on this device when you press Measure. Browser timers tick every 0.1 ms or more, so the fastest predictions read as “< 0.1 ms”.',
  sizeName: (size: ModelSize) => SIZE_NAMES[size],
  backendName: (backend: string) => BACKEND_NAMES[backend] ?? backend,
  controls: {
    legend: 'Production constraints',
    budget: 'Latency budget',
    budgetUnit: 'ms',
    budgetHint: 'The most one prediction may take for 95% of requests: judged on the p95, not the average.',
    calls: 'Timed predictions per model',
    callsHint: 'More predictions give a steadier p95 and take longer.',
    backend: 'Run the models on',
    backendOptions: {
      default: 'As in Settings',
      webgl: 'WebGL (graphics card)',
      wasm: 'WebAssembly (CPU)',
      cpu: 'Plain JavaScript (CPU)',
    },
  },
  measure: 'Measure on this device',
  measureAgain: 'Measure again',
  cancel: 'Cancel',
  progressLabel: 'Models measured',
  status: {
    idle: 'Not measured yet. Press “Measure on this device”: it takes a few seconds, longer on a slow device.',
    starting: 'Starting TensorFlow.js in a background worker…',
    measuring: (size: ModelSize, done: number, total: number) => `Measuring the ${SIZE_NAMES[size].toLowerCase()} model (${done + 1} of ${total})…`,
    done: (ms: string) => `Done in ${ms}. The verdict below follows your budget as you change it.`,
    cancelled: 'Measurement cancelled. Results from the models finished so far are kept.',
    failed: (detail: string) => `The measurement failed: ${detail}`,
    retryOn: (backend: string) => `Measure on ${backend} instead`,
  },
  measuredOn: 'Measured on',
  softwareRenderer: 'This graphics “card” is a software emulation (for example SwiftShader), so WebGL is slow here; a real GPU is much faster.',
  notMeasuredBackend: 'Chosen when you measure.',
  table: {
    caption: 'Offline accuracy and inference cost measured on this device (★ most accurate offline)',
    model: 'Model',
    accuracy: 'Offline accuracy',
    p50: 'p50 latency',
    p95: 'p95 latency',
    throughput: (batch: number | null) => (batch ? `Throughput (samples/s, batches of ${batch})` : 'Throughput (samples/s)'),
    budget: 'Fits the budget?',
    shape: (layers: number, units: number, params: string) => `${layers} × ${units} units, ${params} weights`,
    pending: 'not measured',
    fits: 'Yes',
    over: (by: string) => `No (+${by})`,
  },
  chart: {
    title: 'p95 latency against your budget',
    legend: 'Bars show the p95, the tick on each bar the p50; hatched bars are over the budget line.',
    axis: 'Latency of one prediction (ms)',
    bar: (size: ModelSize, p95: string, fits: boolean) => `${SIZE_NAMES[size]}: p95 ${p95}${fits ? '' : ' — over budget'}`,
    budgetLine: (budget: string) => `Budget ${budget}`,
    summary: (fitting: string[], total: number, budget: string) =>
      fitting.length === 0
        ? `None of the ${total} models has a p95 within the ${budget} budget.`
        : fitting.length === total
          ? `All ${total} models have a p95 within the ${budget} budget.`
          : `Within the ${budget} budget: ${fitting.join(', ')}. The others are over it.`,
    caption: (budget: string) => `p95 and p50 latency of each model against the ${budget} budget`,
    columns: ['Model', 'p50 (ms)', 'p95 (ms)', 'Fits'],
    yes: 'yes',
    no: 'no',
    empty: 'The chart appears once a model has been measured.',
  },
  verdict: {
    heading: 'Verdict',
    offline: (size: ModelSize, acc: string) => `Offline, the ${SIZE_NAMES[size].toLowerCase()} model wins: ${acc} accuracy on the holdout set.`,
    waiting: 'The production verdict needs all three latencies.',
    winnerFits: (p95: string, budget: string) =>
      `In production it also wins: its p95 of ${p95} fits your ${budget} budget on this device, so ship it. Set the budget below ${p95} and watch it lose.`,
    winnerLoses: (p95: string, budget: string, pick: ModelSize, pickAcc: string, pickP95: string) =>
      `In production it loses: its p95 of ${p95} breaks your ${budget} budget. The ${SIZE_NAMES[pick].toLowerCase()} model wins instead, with ${pickAcc} accuracy and a p95 of ${pickP95}. The most accurate model that does not fit the budget is not the best model.`,
    noneFits: (budget: string) =>
      `No model fits a ${budget} budget on this device. Change the model (smaller, distilled, quantized, fewer features) or agree a new budget with the people who set it; do not quietly relax it.`,
  },
  announce: {
    done: (verdict: string) => `Measurement finished. ${verdict}`,
  },
} as const;
