/**
 * Presenter mode: instructor notes become visible. The full presenter view (second
 * window, timer, QR share) lands with the classroom release; until then the notes
 * are hidden from learners and this flag stays off unless the URL asks for it.
 */
class PresenterState {
  enabled = $state(false);

  constructor() {
    if (typeof location !== 'undefined') this.enabled = new URLSearchParams(location.search).has('presenter');
  }
}

export const presenter = new PresenterState();
