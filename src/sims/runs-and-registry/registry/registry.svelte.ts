import { filterModels, sortModels, type ModelFilter, type ModelSortKey } from '../../../engine/registry/list';
import { canChangeStage, productionOf } from '../../../engine/registry/stages';
import type { StageRefusal } from '../../../engine/registry/stages';
import { formatPercent } from '../../../lib/format';
import { refusalText, registryMessages as m } from '../../../messages/model-registry';
import { StorageFullError } from '../../../persistence/errors';
import { loadOnce } from '../../../lib/loadOnce';
import type { ModelSummary, Repository } from '../../../persistence/repository';
import type { ModelCard, ModelStage, RunRecord } from '../../../persistence/schema';
import type { ChangeKind } from '../../../persistence/sync';
import type { EvaluationOutcome } from './evaluate';

/** What the registry reads and writes through (the app's storage; a fake in tests). */
export interface RegistryDeps {
  repo: () => Repository;
  /** Runs a write; storage problems resolve to undefined (the app shows its banners). */
  write: <T>(op: (repo: Repository) => Promise<T>) => Promise<T | undefined>;
  onChange: (listener: (kind: ChangeKind) => void) => () => void;
  /** Scores a model on its holdout against the production model (workers); see evaluate.ts. */
  evaluate: (model: ModelSummary, production: ModelSummary | null) => Promise<EvaluationOutcome>;
  /** Offers a file for download. */
  download: (name: string, text: string) => void;
}

/** A stage button: where it moves the model, and why it is disabled (null when allowed). */
export interface StageAction {
  to: ModelStage;
  label: string;
  refusal: string | null;
}

type Notice = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/**
 * The model-file code (its validation schema and valibot, the import size limit) is not part of
 * the registry's first load: `preload` fetches it once the list is on screen and the page has
 * settled (ModelRegistry), and an import or export waits for it if it has not arrived yet.
 */
const loadModelFiles = loadOnce(async () => {
  const [file, { IMPORT_MAX_BYTES }] = await Promise.all([import('../../../persistence/modelFile'), import('../../../persistence/exchange')]);
  return { ...file, IMPORT_MAX_BYTES };
});

/**
 * The registry's state: every saved model (summaries, never weights), the filter and
 * sort on screen, which model is busy, and the last outcome per model. It reloads when
 * models change in this tab (import, reset) or another.
 */
export class RegistryState {
  models = $state.raw<ModelSummary[]>([]);
  runs = $state.raw<Map<string, RunRecord>>(new Map());
  loaded = $state(false);
  filter = $state<ModelFilter>({});
  sortKey = $state<ModelSortKey>('createdAt');
  busy = $state<string | null>(null);
  notices = $state.raw<Record<string, Notice>>({});
  importNotice = $state<Notice>(null);

  readonly shown = $derived(sortModels(filterModels(this.models, this.filter), this.sortKey, this.sortKey !== 'name' && this.sortKey !== 'stage'));

  #deps: RegistryDeps;
  #stop: (() => void) | null = null;

  constructor(deps: RegistryDeps) {
    this.#deps = deps;
  }

  /** Loads now and whenever models (or everything) change; returns the unsubscribe. */
  start(): () => void {
    void this.load();
    this.#stop = this.#deps.onChange((kind) => {
      if (kind === 'all' || kind === 'models' || kind === 'runs') void this.load();
    });
    return () => this.#stop?.();
  }

  /** Starts fetching the code that imports and exports need (ModelRegistry calls it once the page has settled). */
  preload(): void {
    loadModelFiles().catch(() => {}); // an import or export tries again and reports its own failure
  }

  async load(): Promise<void> {
    const repo = this.#deps.repo();
    const [models, runs] = await Promise.all([repo.listModels(), repo.listRuns()]);
    this.models = models;
    this.runs = new Map(runs.map((r) => [r.id, r]));
    this.loaded = true;
  }

  /** The stage buttons of a model, each with the refusal sentence when the rules do not allow it now. */
  actions(model: ModelSummary): StageAction[] {
    const lab = this.models.filter((x) => x.lab === model.lab);
    const rule = (to: ModelStage): string | null => {
      const refusal: StageRefusal | null = canChangeStage(model, lab, to);
      return refusal ? refusalText(refusal) : null;
    };
    const archived = model.stage === 'archived';
    const list: StageAction[] = [
      { to: 'staging', label: m.actions.staging, refusal: rule('staging') },
      { to: 'production', label: m.actions.production, refusal: archived ? m.useRollback : rule('production') },
      { to: 'archived', label: m.actions.archive, refusal: rule('archived') },
      { to: 'production', label: m.actions.rollback, refusal: archived ? rule('production') : m.onlyArchived },
    ];
    if (model.stage === 'staging' || archived) list.push({ to: 'none', label: m.actions.none, refusal: null });
    return list;
  }

  /** The lab's production model other than `model`. */
  productionFor(model: ModelSummary): ModelSummary | null {
    return productionOf(model, this.models);
  }

  async evaluate(model: ModelSummary): Promise<void> {
    if (this.busy) return;
    this.busy = model.id;
    this.#notice(model.id, { kind: 'busy', text: m.evaluating });
    try {
      const outcome = await this.#deps.evaluate(model, this.productionFor(model));
      if (!outcome.ok) {
        this.#notice(model.id, { kind: 'error', text: outcome.problem === 'unsupported' ? m.evaluateUnsupported : m.evaluateNoLineage });
        return;
      }
      const saved = await this.#write((repo) => repo.recordEvaluation(model.id, outcome.evaluation), model.id);
      if (saved === undefined) return;
      const { verdict } = outcome;
      const extra = outcome.baselineSource === 'recorded' ? ` ${m.baselineRecorded}` : '';
      this.#notice(model.id, { kind: verdict.passed ? 'ok' : 'error', text: `${m.verdict(verdict, (x) => formatPercent(x, 1))}${extra}` });
      await this.load();
    } catch (e) {
      this.#notice(model.id, { kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) });
    } finally {
      this.busy = null;
    }
  }

  async move(model: ModelSummary, to: ModelStage): Promise<void> {
    if (this.busy) return;
    this.busy = model.id;
    try {
      const result = await this.#write((repo) => repo.changeModelStage(model.id, to), model.id);
      if (result === undefined) return;
      if (!result.ok) this.#notice(model.id, { kind: 'error', text: refusalText(result.refusal) });
      else this.#notice(model.id, { kind: 'ok', text: m.moved(model.name, to, result.archived?.name ?? null) });
      await this.load();
    } finally {
      this.busy = null;
    }
  }

  async saveCard(model: ModelSummary, card: ModelCard): Promise<boolean> {
    const saved = await this.#write((repo) => repo.updateModelCard(model.id, card), model.id);
    if (!saved) return false;
    this.#notice(model.id, { kind: 'ok', text: m.card.saved });
    await this.load();
    return true;
  }

  async exportModel(model: ModelSummary): Promise<void> {
    try {
      const [full, { modelFileName, serializeModelFile }] = await Promise.all([this.#deps.repo().getModel(model.id), loadModelFiles()]);
      if (full) this.#deps.download(modelFileName(full), serializeModelFile(full));
    } catch (e) {
      this.#notice(model.id, { kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) });
    }
  }

  /** Imports the file the learner picked: one over the import limit is refused without being read. */
  async importPicked(file: Pick<Blob, 'size' | 'text'>): Promise<void> {
    this.importNotice = { kind: 'busy', text: m.importReading };
    try {
      const { IMPORT_MAX_BYTES, modelFileMessages } = await loadModelFiles();
      if (file.size > IMPORT_MAX_BYTES) {
        this.importNotice = { kind: 'error', text: modelFileMessages.tooLarge };
        return;
      }
      await this.importFile(await file.text());
    } catch (e) {
      this.importNotice = { kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) };
    }
  }

  /** Imports a model file (validated first); a model already saved under that id is refused. */
  async importFile(text: string): Promise<void> {
    const { parseModelFile } = await loadModelFiles();
    const parsed = parseModelFile(text);
    if (!parsed.ok) {
      this.importNotice = { kind: 'error', text: parsed.message };
      return;
    }
    const model = parsed.model;
    if (await this.#deps.repo().getModel(model.id)) {
      this.importNotice = { kind: 'error', text: m.importDuplicate(model.name) };
      return;
    }
    // A model arrives in None: its stage belonged to the registry it came from.
    const fresh = { ...model, stage: 'none' as const, stageHistory: [] };
    let full = false;
    const done = await this.#deps.write(async (repo) => {
      try {
        await repo.putModel(fresh);
        return true;
      } catch (e) {
        full = e instanceof StorageFullError;
        throw e;
      }
    });
    this.importNotice = done ? { kind: 'ok', text: m.imported(model.name) } : { kind: 'error', text: full ? m.storageFull : m.failed(m.unavailable) };
    await this.load();
  }

  /** Runs a write; a full disk or lost storage becomes the model's notice (the registry is unchanged). */
  async #write<T>(op: (repo: Repository) => Promise<T>, id: string): Promise<T | undefined> {
    let full = false;
    const result = await this.#deps.write(async (repo) => {
      try {
        return await op(repo);
      } catch (e) {
        full = e instanceof StorageFullError;
        throw e;
      }
    });
    if (result === undefined) this.#notice(id, { kind: 'error', text: full ? m.storageFull : m.failed(m.unavailable) });
    return result;
  }

  #notice(id: string, notice: Notice): void {
    this.notices = { ...this.notices, [id]: notice };
  }
}
