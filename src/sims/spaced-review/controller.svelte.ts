import { DEFAULT_WEIGHTS, type HlrWeights } from '../../engine/review/hlr';
import { itemHistories, trainingInstances, type Practice } from '../../engine/review/history';
import { createFit, MIN_FIT_INSTANCES } from '../../engine/review/fit';
import { recallCurves, schedule, type ItemStatus } from '../../engine/review/schedule';
import { optionOrder } from '../../lib/shuffleOptions';
import type { Repository } from '../../persistence/repository';
import type { ReviewRecord } from '../../persistence/schema';
import type { ReviewQuestion } from './bank';

/** What the controller needs from the app; the defaults (in `SpacedReview.svelte`) use the app's storage, clock and seed. */
export interface ReviewDeps {
  /** Wall-clock time, epoch ms (Date.now in the app, a controllable clock in tests). */
  now: () => number;
  loadBank: () => Promise<ReviewQuestion[]>;
  repo: () => Repository;
  /** Runs a write; resolves undefined when storage failed (the app shows a banner). */
  write: <T>(operation: (repo: Repository) => Promise<T>) => Promise<T | undefined>;
  learnerSeed: () => Promise<number>;
  /** Lessons counted as opened whatever the stored progress says (the lesson the review sits in). */
  alwaysOpen?: readonly string[];
}

/** The question on screen: why it was chosen, the order its options are shown in, and the answer once given. */
export interface CurrentQuestion {
  question: ReviewQuestion;
  /** The model's status when it was chosen; null for a question never practiced. */
  status: ItemStatus | null;
  /** Display position → authored index. */
  order: number[];
  /** Display position answered, or null while unanswered. */
  answered: number | null;
}

/**
 * One task of the fit does at most FIT_CHUNK gradient steps and stops early after FIT_TASK_MS,
 * so no task blocks the page for long (20 steps on 2,000 practices: see bench/engine/review.bench.ts).
 */
const FIT_CHUNK = 20;
const FIT_TASK_MS = 8;

/**
 * The Spaced review: the learner's practices, the model (default or fitted weights), the
 * schedule, and the one question on screen. Due questions come first, lowest predicted
 * recall first; new questions only when the learner asks, and only from lessons they have opened.
 */
export class SpacedReviewController {
  ready = $state(false);
  bank = $state.raw<ReviewQuestion[]>([]);
  practices = $state.raw<Practice[]>([]);
  opened = $state.raw<ReadonlySet<string>>(new Set());
  now = $state(0);
  weights = $state.raw<HlrWeights>(DEFAULT_WEIGHTS);
  fitted = $state(false);
  fitting = $state(false);
  current = $state.raw<CurrentQuestion | null>(null);
  answeredThisSession = $state(0);
  saveFailed = $state(false);

  readonly lessonOrder = $derived([...new Set(this.bank.map((q) => q.lessonSlug))]);
  readonly lessonLabels = $derived(new Map(this.bank.map((q) => [q.lessonSlug, q.lessonLabel])));
  readonly histories = $derived(itemHistories(this.practices));
  readonly statuses = $derived(schedule(this.histories, this.weights, this.now));
  readonly due = $derived(this.statuses.filter((s) => s.due));
  readonly instances = $derived(trainingInstances(this.practices).length);
  readonly curves = $derived(recallCurves(this.histories, this.weights, this.now, this.lessonOrder));
  readonly fresh = $derived(this.#fresh());

  #seed = 0;
  #fitGeneration = 0;
  #loadGeneration = 0;

  constructor(private readonly deps: ReviewDeps) {}

  /** Loads the questions, the learner's practices and opened lessons, then fits and picks the first question. */
  async load(): Promise<void> {
    const generation = ++this.#loadGeneration;
    const [bank, reviews, progress, seed] = await Promise.all([
      this.deps.loadBank(),
      this.deps.repo().listReviews(),
      this.deps.repo().listProgress(),
      this.deps.learnerSeed(),
    ]);
    // Storage can switch (start-up, guest mode, import) while a load is under way: the latest load wins.
    if (generation !== this.#loadGeneration) return;
    this.#seed = seed;
    this.bank = bank;
    // Practices of checks the course no longer has are kept in storage but not scheduled.
    const lessonOf = new Map(bank.map((q) => [q.checkId, q.lessonSlug]));
    this.practices = reviews.filter((r) => lessonOf.has(r.checkId)).map((r) => ({ ...r, lessonSlug: lessonOf.get(r.checkId)! }));
    this.opened = new Set([...(this.deps.alwaysOpen ?? []), ...progress.map((p) => p.slug), ...this.practices.map((p) => p.lessonSlug)]);
    this.now = this.deps.now();
    this.ready = true;
    await this.refit();
    this.#pickDue();
  }

  /** Re-reads the clock; shows the most urgent due question if none is on screen. */
  refresh(): void {
    this.now = this.deps.now();
    if (!this.current || this.current.answered !== null) this.#pickDue();
  }

  /** Shows the first question never practiced from the lessons the learner has opened. */
  practiceNew(): void {
    const next = this.fresh[0];
    if (next) this.current = this.#show(next, null);
  }

  /** Records the answer at display position `position` as a practice (`source: 'review'`). */
  async answer(position: number): Promise<void> {
    const current = this.current;
    if (!current || current.answered !== null) return;
    const authored = current.order[position];
    const option = current.question.options[authored];
    if (!option) return;
    const at = this.deps.now();
    const record: ReviewRecord = {
      id: `${current.question.checkId}@${at}`,
      checkId: current.question.checkId,
      lessonSlug: current.question.lessonSlug,
      correct: option.correct,
      at,
      source: 'review',
    };
    this.current = { ...current, answered: position };
    this.practices = [...this.practices, record];
    this.opened = new Set([...this.opened, record.lessonSlug]);
    this.answeredThisSession += 1;
    const saved = await this.deps.write((repo) => repo.addReview(record).then(() => true));
    this.saveFailed = saved !== true;
    await this.refit();
  }

  /** Moves on: the clock is read again and the most urgent due question, if any, is shown. */
  next(): void {
    this.now = this.deps.now();
    this.current = null;
    this.#pickDue();
  }

  /**
   * Fits the weights to the learner's practices once there are MIN_FIT_INSTANCES repeat
   * practices (default weights until then), in short tasks. A newer
   * call supersedes one still running.
   */
  async refit(): Promise<void> {
    const generation = ++this.#fitGeneration;
    const instances = trainingInstances(this.practices);
    if (instances.length < MIN_FIT_INSTANCES) {
      this.weights = DEFAULT_WEIGHTS;
      this.fitted = false;
      this.fitting = false;
      return;
    }
    this.fitting = true;
    const fit = createFit(instances, this.lessonOrder);
    while (!fit.done) {
      const start = performance.now();
      for (let k = 0; k < FIT_CHUNK && !fit.done && performance.now() - start < FIT_TASK_MS; k++) fit.step(1);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== this.#fitGeneration) return;
    }
    this.weights = fit.weights;
    this.fitted = true;
    this.fitting = false;
  }

  #pickDue(): void {
    const first = this.due[0];
    const question = first && this.bank.find((q) => q.checkId === first.checkId);
    this.current = question ? this.#show(question, first) : null;
  }

  #show(question: ReviewQuestion, status: ItemStatus | null): CurrentQuestion {
    return { question, status, order: optionOrder(this.#seed, question.checkId, question.options.length), answered: null };
  }

  #fresh(): ReviewQuestion[] {
    const practiced = new Set(this.practices.map((p) => p.checkId));
    return this.bank.filter((q) => this.opened.has(q.lessonSlug) && !practiced.has(q.checkId));
  }
}
