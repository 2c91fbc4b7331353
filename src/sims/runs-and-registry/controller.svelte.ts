import type { RunRecord } from '../../persistence/schema';
import type { NewRun } from '../../state/runs.svelte';
import { compareRuns, type Comparison } from './compare';
import { DEFAULT_QUERY, labsOf, metricKeysOf, queryRuns, type RunQuery } from './query';
import { checkReproduction, reproducedRecord, type ReproductionCheck } from './reproduce';
import { measuresDevice, REPRODUCERS, type Reproducer } from './reproducers';

export type ReproState =
  | { status: 'running' }
  | { status: 'done'; check: ReproductionCheck; backend: string; dataset: string }
  | { status: 'failed'; message: string }
  /** `measuresDevice`: the lab times this device, so its runs are not re-run by design. */
  | { status: 'unsupported'; measuresDevice?: true };

export interface RunsViewDeps {
  /** Records the reproduced run (default: the app's runs store, set by the component). */
  record: (run: NewRun) => Promise<unknown>;
  reproducers?: Readonly<Record<string, Reproducer>>;
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

  constructor(
    private readonly source: () => RunRecord[],
    deps: RunsViewDeps,
  ) {
    this.#deps = deps;
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

  /** Re-runs a run from its record, compares the metrics and records the reproduction (linked by `reproducedFrom`). */
  async reproduce(run: RunRecord): Promise<ReproState> {
    const reproducers = this.#deps.reproducers ?? REPRODUCERS;
    if (!Object.hasOwn(reproducers, run.lab)) return this.#set(run.id, measuresDevice(run.lab) ? { status: 'unsupported', measuresDevice: true } : { status: 'unsupported' });
    if (this.reproductions[run.id]?.status === 'running') return this.reproductions[run.id];
    this.#set(run.id, { status: 'running' });
    try {
      const again = await reproducers[run.lab](run);
      const check = checkReproduction(run, again);
      await this.#deps.record(reproducedRecord(run, again)).catch(() => {
        // Storage problems are reported by the app's banners; the check is still shown.
      });
      return this.#set(run.id, { status: 'done', check, backend: again.backend, dataset: again.datasetVersion });
    } catch (e) {
      return this.#set(run.id, { status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  #set(id: string, state: ReproState): ReproState {
    this.reproductions = { ...this.reproductions, [id]: state };
    return state;
  }
}
