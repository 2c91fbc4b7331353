import type { Policy, YearSpec } from '../../engine/drift-stream/config';
import { POLICIES } from '../../engine/drift-stream/config';
import type { YearResult, YearSummary } from '../../engine/drift-stream/year';
import type { BackendName, BackendTiming } from '../../engine/training/backend-policy';
import { formatDuration } from '../../lib/format';
import { driftMessages as m } from '../../messages/drift-lab';
import type { NewRun } from '../../state/runs.svelte';
import type { TrainingClient } from '../../state/training.svelte';
import { LabTrainingClient, type LabTrainingOptions } from '../../state/labTrainingClient.svelte';
import { takeaway } from './takeaway';

export const LAB_ID = 'drift-lab';

/** The scenario values the lab reads (see index.ts). */
export interface DriftValues {
  seed: number;
  events: number;
  delay: number;
  shadow: number;
  policy: Policy;
  line: YearSpec['thresholdMode'];
  sudden: boolean;
  gradual: boolean;
  recurring: boolean;
  concept: boolean;
  broken: boolean;
}

/** One finished year, with where it ran. */
export interface DriftRun {
  year: YearResult;
  backend: BackendName;
  durationMs: number;
}

export interface DriftOptions extends LabTrainingOptions {
  onCalibration?: (timings: BackendTiming[]) => void;
  record?: (run: NewRun) => Promise<unknown>;
}

/** The year request for scenario values under a policy. */
export function yearSpec(v: DriftValues, policy: Policy = v.policy): YearSpec {
  return {
    seed: v.seed,
    eventsPerDay: v.events,
    labelDelay: v.delay,
    shadowDays: v.shadow,
    policy,
    thresholdMode: v.line,
    sudden: v.sudden,
    gradual: v.gradual,
    recurring: v.recurring,
    concept: v.concept,
    brokenExports: v.broken,
  };
}

/** Settings shared by the policies compared side by side: everything but the policy. */
export const comparisonKey = (s: YearSpec): string => JSON.stringify({ ...s, policy: '' });

/**
 * The lab's state: years run in the training worker (one policy, or all three in turn), the one shown
 * (the current policy's, for the current settings), and the per-policy outcomes of the current settings.
 * Each finished year is recorded as a run.
 */
export class DriftController {
  #values: () => DriftValues;
  #options: DriftOptions;
  /** Finished years by comparison key, then policy. */
  years = $state.raw<Record<string, Partial<Record<Policy, DriftRun>>>>({});
  running = $state<Policy | null>(null);
  day = $state(0);
  days = $state(365);
  message = $state('');
  #stop = false;
  #calibrationSeen: BackendTiming[] | null = null;
  readonly #training: LabTrainingClient;

  readonly spec = $derived.by(() => yearSpec(this.#values()));
  readonly group = $derived(this.years[comparisonKey(this.spec)] ?? {});
  readonly shown = $derived(this.group[this.spec.policy] ?? null);
  readonly summaries = $derived(POLICIES.flatMap((p) => (this.group[p] ? [{ policy: p, summary: this.group[p]!.year.summary }] : [])) as { policy: Policy; summary: YearSummary }[]);
  readonly takeaway = $derived(takeaway(this.group, this.spec));
  readonly busy = $derived(this.running !== null);

  constructor(values: () => DriftValues, options: DriftOptions = {}) {
    this.#values = values;
    this.#options = options;
    this.#training = new LabTrainingClient(options);
  }

  /** The training client, once the first year has made it. */
  get client(): TrainingClient | null {
    return this.#training.client;
  }

  /** Runs the year under the current policy. */
  runOne(): Promise<void> {
    return this.#runPolicies([this.spec.policy]);
  }

  /** Runs the year under every policy in turn (the comparison table fills as each finishes). */
  runAll(): Promise<void> {
    return this.#runPolicies([...POLICIES]);
  }

  cancel(): void {
    this.#stop = true;
    this.#training.cancel();
  }

  dispose(): void {
    this.#training.dispose();
  }

  async #runPolicies(policies: Policy[]): Promise<void> {
    if (this.busy) return;
    this.#stop = false;
    this.message = '';
    const base = this.spec;
    try {
      const client = await this.#training.ensure();
      for (const policy of policies) {
        if (this.#stop) {
          // Cancel pressed before this policy's year began (while the client was being made,
          // or between two years of "Run all"): say so, as a cancel during a year does.
          this.message = m.run.cancelled;
          break;
        }
        const spec = { ...base, policy };
        this.running = policy;
        this.day = 0;
        const started = performance.now();
        const done = await client.runDriftYear(spec, (day, days) => {
          this.day = day;
          this.days = days;
        });
        this.#noteCalibration(client);
        if (!done) {
          this.message = client.status === 'error' && client.error ? m.run.failed(client.error.message) : m.run.cancelled;
          break;
        }
        const run: DriftRun = { year: done.year, backend: done.backend, durationMs: done.durationMs };
        const key = comparisonKey(spec);
        this.years = { ...this.years, [key]: { ...this.years[key], [policy]: run } };
        this.message = m.run.done(m.policies[policy], formatDuration(done.durationMs), done.backend);
        this.#record(run, performance.now() - started);
      }
    } catch (e) {
      this.message = m.run.failed(e instanceof Error ? e.message : String(e));
    } finally {
      this.running = null;
    }
  }

  #noteCalibration(client: TrainingClient): void {
    const timings = client.calibration;
    if (!timings || timings === this.#calibrationSeen) return;
    this.#calibrationSeen = timings;
    this.#options.onCalibration?.(timings);
  }

  #record(run: DriftRun, durationMs: number): void {
    const { spec, summary } = run.year;
    this.#options
      .record?.({
        lab: LAB_ID,
        model: 'logistic-regression',
        params: {
          policy: spec.policy,
          sessionsPerDay: spec.eventsPerDay,
          labelDelayDays: spec.labelDelay,
          shadowDays: spec.shadowDays,
          psiAlarmLine: spec.thresholdMode,
          suddenDrift: spec.sudden,
          gradualDrift: spec.gradual,
          recurringDrift: spec.recurring,
          conceptDrift: spec.concept,
          brokenExports: spec.brokenExports,
        },
        seed: spec.seed,
        datasetVersion: run.year.datasetVersion,
        metrics: {
          meanAccuracy: summary.meanAccuracy,
          lowestDayAccuracy: summary.minAccuracy,
          incidentDays: summary.incidentDays,
          retrains: summary.retrains,
          promotions: summary.promotions,
          badModelsCaughtInShadow: summary.badCaught,
          badModelsShipped: summary.badShipped,
          rejectedInShadow: summary.rejected,
          alarmDays: summary.alarmDays,
          yearMs: run.durationMs,
        },
        backend: run.backend,
        durationMs,
        curves: { accuracy: Array.from(run.year.accuracy) },
      })
      .catch(() => {
        // storage problems are reported by the app's banners
      });
  }
}
