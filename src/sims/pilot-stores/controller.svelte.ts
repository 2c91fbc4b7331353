import type { FeatureSet } from '../../engine/pilot-stores/forecast';
import { PROPOSALS, withProposal, type Proposal, type ProposalId } from '../../engine/pilot-stores/proposals';
import { haltsRollout, PILOT_COUNT, ROLLOUT_GROUPS, STORE_COUNT, summarise, THRESHOLD_BOUNDS, type GroupSummary } from '../../engine/pilot-stores/rule';
import { pilotStoresMessages as m } from '../../messages/pilot-stores';
import { CancelledError, ModelsClient, type WorkerLike } from '../../state/models-client';
import type { NewRun } from '../../state/runs.svelte';
import type { PilotJob, PilotResult } from '../../workers/pilotProtocol';
import { formatMape } from './format';
import { takeaway, type Prediction } from './takeaway';

const BASIC: FeatureSet = { season: false, localHoliday: false, promo: false };

/** A decided proposal; an accepted one carries the pilot results before and after its retraining. */
export type ProposalOutcome =
  | { id: ProposalId; decision: 'rejected' }
  | { id: ProposalId; decision: 'accepted'; before: PilotResult; after: PilotResult };

/** One rollout wave as run: its stores' results, their summary, and the verdict against the threshold used. */
export interface WaveOutcome {
  group: number;
  reach: number;
  result: PilotResult;
  summary: GroupSummary;
  halted: boolean;
  threshold: number;
}

export interface PilotSettings {
  seed: number;
  /** Halt threshold on a wave's mean MAPE, percent. */
  threshold: number;
}

export interface PilotLabOptions {
  createWorker?: () => WorkerLike;
  record?: (run: NewRun) => Promise<unknown>;
  slowAfterMs?: number;
}

const mean = (r: PilotResult) => summarise(r.results).mape;

/**
 * The Pilot stores lab's state: prediction → basic forecast in the pilot stores →
 * one decision per proposal (accepting retrains the pilot stores) → rollout wave
 * by wave until a wave halts or all 30 stores run the forecast. Every fit runs in
 * the models worker and is recorded as a run.
 */
export class PilotStoresController {
  prediction = $state<Prediction | null>(null);
  baseline = $state.raw<PilotResult | null>(null);
  current = $state.raw<PilotResult | null>(null);
  outcomes = $state.raw<ProposalOutcome[]>([]);
  waves = $state.raw<WaveOutcome[]>([]);
  busy = $state(false);
  slow = $state(false);
  message = $state('');
  error = $state<string | null>(null);
  /** The scenario's threshold, kept in step by sync(). */
  threshold = $state<number>(THRESHOLD_BOUNDS.default);

  readonly features = $derived(this.outcomes.reduce((f, o) => (o.decision === 'accepted' ? withProposal(f, o.id) : f), BASIC));
  readonly nextProposal = $derived<Proposal | null>(this.baseline ? (PROPOSALS[this.outcomes.length] ?? null) : null);
  readonly decided = $derived(this.baseline !== null && this.outcomes.length === PROPOSALS.length);
  readonly halted = $derived(this.waves.at(-1)?.halted ?? false);
  readonly complete = $derived(this.waves.at(-1)?.reach === STORE_COUNT && !this.halted);
  /** Index of the next rollout wave, or null when none can run. */
  readonly nextWave = $derived(this.decided && !this.halted && this.waves.length < ROLLOUT_GROUPS.length ? this.waves.length : null);
  readonly live = $derived(this.waves.filter((w) => !w.halted).at(-1)?.reach ?? 0);
  readonly takeaway = $derived(
    takeaway({
      prediction: this.prediction,
      basicMape: this.baseline ? mean(this.baseline) : null,
      currentMape: this.current ? mean(this.current) : null,
      accepted: this.outcomes.flatMap((o) => (o.decision === 'accepted' ? [{ id: o.id, before: mean(o.before), after: mean(o.after) }] : [])),
      decided: this.decided,
      waves: this.waves.map((w) => ({ reach: w.reach, mape: w.summary.mape, total: w.summary.total, halted: w.halted })),
      threshold: this.waves[0]?.threshold ?? this.threshold,
    }),
  );

  #client: ModelsClient;
  #record: (run: NewRun) => Promise<unknown>;
  #slowAfterMs: number;
  #slowTimer: ReturnType<typeof setTimeout> | null = null;
  #seq = 0;

  constructor(
    private readonly settings: () => PilotSettings,
    options: PilotLabOptions = {},
  ) {
    this.#client = new ModelsClient(options.createWorker);
    this.#record = options.record ?? (() => Promise.resolve());
    this.#slowAfterMs = options.slowAfterMs ?? 300;
    this.threshold = settings().threshold;
  }

  /** Fits the basic forecast in the pilot stores (needs a prediction). */
  async startPilot(): Promise<void> {
    if (this.busy || !this.prediction || this.baseline) return;
    const { seed } = this.settings();
    const result = await this.#run({ seed, features: BASIC, from: 0, to: PILOT_COUNT }, m.what.pilotStores);
    if (!result) return;
    this.baseline = this.current = result;
    this.message = m.status.pilot(formatMape(mean(result)));
    this.#save(result, { step: 'pilot' }, {});
  }

  /** Accepts (retrains the pilot stores with it) or rejects the proposal on the table. */
  async decide(accept: boolean): Promise<void> {
    const proposal = this.nextProposal;
    if (this.busy || !proposal || !this.current) return;
    const name = m.proposal.names[proposal.id];
    if (!accept) {
      this.outcomes = [...this.outcomes, { id: proposal.id, decision: 'rejected' }];
      this.message = m.status.rejected(name);
      return;
    }
    const before = this.current;
    const features = withProposal(this.features, proposal.id);
    const result = await this.#run({ seed: before.job.seed, features, from: 0, to: PILOT_COUNT }, m.what.proposal(name));
    if (!result) return;
    this.outcomes = [...this.outcomes, { id: proposal.id, decision: 'accepted', before, after: result }];
    this.current = result;
    this.message = m.status.accepted(name, formatMape(mean(before)), formatMape(mean(result)));
    this.#save(result, { step: 'proposal', proposal: proposal.id }, { mapeBefore: mean(before) });
  }

  /** Runs the next rollout wave with the current forecast and judges it against the threshold. */
  async rolloutNext(): Promise<void> {
    const g = this.nextWave;
    if (this.busy || g === null || !this.current) return;
    const { threshold } = this.settings();
    const [from, to] = ROLLOUT_GROUPS[g];
    const result = await this.#run({ seed: this.current.job.seed, features: this.features, from, to }, m.what.wave(to));
    if (!result) return;
    const summary = summarise(result.results);
    const halted = haltsRollout(summary.mape, threshold);
    this.waves = [...this.waves, { group: g, reach: to, result, summary, halted, threshold }];
    this.message = m.status.wave(to, formatMape(summary.mape), halted);
    this.#save(result, { step: 'rollout', wave: g + 1, threshold }, { halted: halted ? 1 : 0 });
  }

  /** Keeps the state in step with the scenario: a new seed starts over, a new threshold restarts the rollout. */
  sync(settings: PilotSettings): void {
    this.threshold = settings.threshold;
    if (this.baseline && this.baseline.job.seed !== settings.seed) this.reset(false);
    else if (this.waves.length > 0 && this.waves[0].threshold !== settings.threshold) {
      this.waves = [];
      this.message = m.status.thresholdChanged;
    }
  }

  /** Back to the start with the same scenario; `announce` says so in the status line. */
  reset(announce = true): void {
    this.#seq++;
    if (this.busy) this.#client.cancel();
    this.#idle();
    this.baseline = this.current = null;
    this.outcomes = [];
    this.waves = [];
    this.error = null;
    this.message = announce ? m.status.reset : '';
  }

  dispose(): void {
    this.#seq++;
    this.#client.dispose();
    this.#idle();
  }

  async #run(job: PilotJob, what: string): Promise<PilotResult | null> {
    const seq = ++this.#seq;
    this.busy = true;
    this.error = null;
    this.message = m.status.fitting(what);
    this.#slowTimer = setTimeout(() => (this.slow = true), this.#slowAfterMs);
    try {
      const result = await this.#client.request({ type: 'pilot-stores', job });
      return seq === this.#seq ? result : null;
    } catch (e) {
      if (seq === this.#seq && !(e instanceof CancelledError)) {
        this.error = m.status.failed(e instanceof Error ? e.message : String(e));
        this.message = this.error;
      }
      return null;
    } finally {
      if (seq === this.#seq) this.#idle();
    }
  }

  #idle(): void {
    if (this.#slowTimer) clearTimeout(this.#slowTimer);
    this.#slowTimer = null;
    this.slow = false;
    this.busy = false;
  }

  #save(result: PilotResult, params: Record<string, string | number>, extra: Record<string, number>): void {
    const s = summarise(result.results);
    const f = result.job.features;
    this.#record({
      lab: 'pilot-stores',
      model: 'linear-regression',
      params: { ...params, stores: s.stores, firstStore: result.job.from + 1, season: f.season, localHoliday: f.localHoliday, promo: f.promo },
      seed: result.job.seed,
      datasetVersion: result.datasetVersion,
      metrics: {
        mape: s.mape,
        ...extra,
        shortUnits: s.shortUnits,
        overUnits: s.overUnits,
        stockoutCost: s.stockoutCost,
        wasteCost: s.wasteCost,
        totalCost: s.total,
        fitMs: result.fitMs,
      },
      backend: 'js',
      durationMs: result.durationMs,
    }).catch(() => {
      // Storage problems (full disk, guest mode) are reported by the app's banners.
    });
  }
}
