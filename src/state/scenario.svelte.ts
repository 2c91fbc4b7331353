import {
  clampScenario,
  defaults,
  readScenario,
  writeScenario,
  type Notice,
  type ParamSpecs,
  type ScenarioSpec,
  type ScenarioValues,
} from '../lib/scenario';

/**
 * One interactive's live scenario: values always within bounds, mirrored into the
 * hash query so the address bar is always a shareable link to what is on screen.
 */
export class ScenarioState<S extends ParamSpecs> {
  readonly spec: ScenarioSpec<S>;
  values = $state.raw<ScenarioValues<S>>({} as ScenarioValues<S>);
  /** What a link asked for that could not be honoured (clamped or ignored values). */
  notices = $state.raw<Notice[]>([]);

  constructor(spec: ScenarioSpec<S>, query: URLSearchParams) {
    this.spec = spec;
    const read = readScenario(spec, query);
    this.values = read.values;
    this.notices = read.notices;
  }

  /** Applies new values from controls (clamped to bounds) and updates the address bar. */
  update(partial: Partial<ScenarioValues<S>>): void {
    const { values } = clampScenario(this.spec, { ...this.values, ...partial });
    this.values = values;
    this.#writeUrl();
  }

  /** Back to every default (a new seed included). */
  reset(): void {
    this.values = defaults(this.spec);
    this.notices = [];
    this.#writeUrl();
  }

  dismissNotices(): void {
    this.notices = [];
  }

  /**
   * An absolute link to this page with this interactive's scenario only, at `base`
   * (the room address: see src/lib/roomAddress.ts) or else at this page's own address.
   */
  shareUrl(base = `${location.origin}${location.pathname}`): string {
    const query = writeScenario(this.spec, this.values, new URLSearchParams());
    // A link shared from the presenter view opens the lesson for the learners, not a presenter view.
    const path = (location.hash.replace(/^#/, '').split('?')[0] || '/').replace(/^\/present\//, '/lesson/');
    const suffix = query.size > 0 ? `?${query}` : '';
    return `${base}#${path}${suffix}`;
  }

  #writeUrl(): void {
    const [path, queryText = ''] = location.hash.replace(/^#/, '').split('?');
    const query = writeScenario(this.spec, this.values, new URLSearchParams(queryText));
    const suffix = query.size > 0 ? `?${query}` : '';
    // replaceState fires no hashchange: the page does not re-render, only the link changes.
    history.replaceState(history.state, '', `#${path || '/'}${suffix}`);
  }
}
