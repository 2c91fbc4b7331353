import type { RunRecord } from '../../persistence/schema';
import type { NewRun } from '../../state/runs.svelte';
import { compareRuns, type Comparison } from './compare';
import { ALL_LABS, DEFAULT_QUERY, labsOf, metricKeysOf, queryRuns, type RunQuery } from './query';
import type { ReproductionCheck } from './reproduce';
import { loadOnce } from '../../lib/loadOnce';
import { measuresDevice, ReproduceCancelled, REPRODUCERS, throwIfCancelled, type Reproducer } from './reproducers';

/** How far a re-run has got, from labs that report it (days of a drift year, epochs of a training). */
export interface ReproProgress {
  done: number;
  total: number;
  text?: string;
}

export type ReproState =
  | { status: 'running'; progress?: ReproProgress }
  /** Cancelled from the view: nothing was recorded. */
  | { status: 'cancelled' }
  | { status: 'done'; check: ReproductionCheck; backend: string; dataset: string }
  | { status: 'failed'; message: string }
  /** `measuresDevice`: the lab times this device, so its runs are not re-run by design. */
  | { status: 'unsupported'; measuresDevice?: true };

export interface RunsViewDeps {
  /** Records the reproduced run (default: the app's runs store, set by the component). */
  record: (run: NewRun) => Promise<unknown>;
  reproducers?: Readonly<Record<string, Reproducer>>;
  /** The filter and sort to start with (a link's, on #/runs); the defaults otherwise. */
  query?: RunQuery;
}

/** How many runs the list shows at first, and adds per "Show more". */
export const PAGE = 50;

/**
 * The runs view's state: the filter and sort, which runs are ticked and compared,
 * how many are listed, and the outcome of each reproduction. The runs themselves
 * come from `source` (the app's runs store in the page, a plain list in tests).
 */
export class RunsViewController {
  query = $state<RunQuery>({ ...DEFAULT_QUERY });
  selected = $state.raw<string[]>([]);
  comparing = $state.raw<string[] | null>(null);
  limit = $state(PAGE);
  reproductions = $state.raw<Record<string, ReproState>>({});

  readonly all = $derived.by(() => this.source());
  readonly shown = $derived(queryRuns(this.all, this.query));
  readonly visible = $derived(this.shown.slice(0, this.limit));
  readonly labs = $derived(labsOf(this.all));
  /** The labs the lab filter offers: those with runs, and the one a link asked for. */
  readonly labChoices = $derived(this.query.lab === ALL_LABS || this.labs.includes(this.query.lab) ? this.labs : [...this.labs, this.query.lab]);
  /** The metrics the sort offers: those of the runs in the lab filter, and the one the sort names. */
  readonly sortMetrics = $derived.by(() => {
    const current = this.query.sort.startsWith('metric:') ? this.query.sort.slice('metric:'.length) : null;
    return current === null || this.metricKeys.includes(current) ? this.metricKeys : [...this.metricKeys, current];
  });
  readonly metricKeys = $derived(metricKeysOf(this.query.lab === 'all' ? this.all : this.all.filter((r) => r.lab === this.query.lab)));
  /** The compared runs that still exist, in the order they were ticked. */
  readonly comparison = $derived.by<Comparison | null>(() => {
    if (!this.comparing) return null;
    const byId = new Map(this.all.map((r) => [r.id, r]));
    const runs = this.comparing.map((id) => byId.get(id)).filter((r): r is RunRecord => r !== undefined);
    return runs.length >= 2 ? compareRuns(runs) : null;
  });
  readonly filtered = $derived(this.query.lab !== DEFAULT_QUERY.lab || this.query.text.trim() !== '' || !this.query.showDemo);

  #deps: RunsViewDeps;
  #aborts = new Map<string, AbortController>();

  constructor(
    private readonly source: () => RunRecord[],
    deps: RunsViewDeps,
  ) {
    this.#deps = deps;
    if (deps.query) this.query = { ...deps.query };
  }

  /** Shows the runs of another filter and sort (a link's), from the first page. */
  setQuery(query: RunQuery): void {
    this.query = { ...query };
    this.limit = PAGE;
  }

  isSelected = (id: string): boolean => this.selected.includes(id);

  toggle(id: string): void {
    this.selected = this.isSelected(id) ? this.selected.filter((x) => x !== id) : [...this.selected, id];
  }

  clearSelection(): void {
    this.selected = [];
  }

  clearFilters(): void {
    this.query = { ...DEFAULT_QUERY, sort: this.query.sort, descending: this.query.descending };
    this.limit = PAGE;
  }

  /** Makes a run appear in the list (clearing filters and paging as needed) so a link to it can land. */
  reveal(id: string): boolean {
    if (!this.all.some((r) => r.id === id)) return false;
    if (!this.shown.some((r) => r.id === id)) this.query = { ...DEFAULT_QUERY, sort: this.query.sort, descending: this.query.descending };
    const at = this.shown.findIndex((r) => r.id === id);
    if (at >= this.limit) this.limit = Math.ceil((at + 1) / PAGE) * PAGE;
    return true;
  }

  showMore(): void {
    this.limit += PAGE;
  }

  /** Opens the comparison of the ticked runs (two or more). */
  compare(): boolean {
    if (this.selected.length < 2) return false;
    this.comparing = [...this.selected];
    return true;
  }

  closeComparison(): void {
    this.comparing = null;
  }

  /**
   * Re-runs a run from its record, compares the metrics and records the reproduction (linked by
   * `reproducedFrom`). Progress, where the lab reports it, goes into the run's state as it arrives;
   * `cancelReproduction` ends it at once as 'cancelled' and nothing is recorded.
   */
  async reproduce(run: RunRecord): Promise<ReproState> {
    const reproducers = this.#deps.reproducers ?? REPRODUCERS;
    if (!Object.hasOwn(reproducers, run.lab)) return this.#set(run.id, measuresDevice(run.lab) ? { status: 'unsupported', measuresDevice: true } : { status: 'unsupported' });
    if (this.reproductions[run.id]?.status === 'running') return this.reproductions[run.id];
    const abort = new AbortController();
    const { signal } = abort;
    this.#aborts.set(run.id, abort);
    this.#set(run.id, { status: 'running' });
    const onProgress = (done: number, total: number, text?: string) => {
      if (!signal.aborted) this.#set(run.id, { status: 'running', progress: { done, total, ...(text ? { text } : {}) } });
    };
    try {
      // A lab that cannot stop early is not waited for: its result, when it comes, is dropped.
      const [again, { checkReproduction, reproducedRecord }] = await Promise.all([Promise.race([reproducers[run.lab](run, { signal, onProgress }), untilAborted(signal)]), loadCheck()]);
      throwIfCancelled(signal);
      const check = checkReproduction(run, again);
      await this.#deps.record(reproducedRecord(run, again)).catch(() => {
        // Storage problems are reported by the app's banners; the check is still shown.
      });
      return this.#set(run.id, { status: 'done', check, backend: again.backend, dataset: again.datasetVersion });
    } catch (e) {
      if (e instanceof ReproduceCancelled || signal.aborted) return this.#set(run.id, { status: 'cancelled' });
      return this.#set(run.id, { status: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (this.#aborts.get(run.id) === abort) this.#aborts.delete(run.id);
    }
  }

  /** Stops the re-run of a run, if one is going. */
  cancelReproduction(id: string): void {
    this.#aborts.get(id)?.abort();
  }

  #set(id: string, state: ReproState): ReproState {
    this.reproductions = { ...this.reproductions, [id]: state };
    return state;
  }
}

/** The comparison of a re-run with its record: loaded with the first re-run, not with the runs view. */
const loadCheck = loadOnce(() => import('./reproduce'));

/** Rejects with ReproduceCancelled when `signal` aborts; never settles otherwise. */
function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new ReproduceCancelled()), { once: true }));
}
