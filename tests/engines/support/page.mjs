// @ts-check
// What the smoke suite does inside the page, as one self-contained function: each driver
// sends its source and runs it, so the same steps run in every engine. Everything here
// waits on state (a run appearing in IndexedDB, a button becoming enabled), never on a
// fixed sleep; every wait has a deadline and says what it was waiting for.

/**
 * @param {string} action
 * @param {any} arg
 */
export async function inPage(action, arg) {
  const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
  /** @template T @param {() => T | Promise<T>} probe @param {number} ms @param {string} what @returns {Promise<NonNullable<T>>} */
  const until = async (probe, ms, what) => {
    const end = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value) return /** @type {NonNullable<T>} */ (value);
      if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
      await sleep(50);
    }
  };
  const text = (/** @type {Element | null | undefined} */ el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  /** The interactive's region: a section labelled by a heading whose text is the interactive's name. */
  const region = (/** @type {string} */ name) =>
    [...document.querySelectorAll('section[aria-labelledby]')].find(
      (s) => text(document.getElementById(s.getAttribute('aria-labelledby') ?? '')) === name,
    );
  const buttonIn = (/** @type {Element} */ root, /** @type {string} */ name) =>
    /** @type {HTMLButtonElement | undefined} */ ([...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? text(b)) === name));
  const db = () =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('ml-that-works');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  /** @param {string} store @param {string} [index] @param {string} [key] */
  const all = async (store, index, key) => {
    const d = /** @type {IDBDatabase} */ (await db());
    try {
      return await new Promise((resolve, reject) => {
        const s = d.transaction(store).objectStore(store);
        const req = index ? s.index(index).getAll(key) : s.getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    } finally {
      d.close();
    }
  };
  const appReady = () => until(() => text(document.querySelector('main h1')), 30_000, 'the app to render a page heading');

  switch (action) {
    case 'ready': {
      await appReady();
      return { h1: text(document.querySelector('main h1')), errors: /** @type {any} */ (window).__probe?.errors ?? ['no probe'] };
    }
    case 'install-probe': {
      // Offline, /__probe.js is not in the service worker's cache: collect from here on instead.
      if (/** @type {any} */ (window).__probe) return false;
      /** @type {string[]} */
      const errors = [];
      /** @type {any} */ (window).__probe = { errors };
      addEventListener('error', (e) => errors.push('error: ' + (e.message || 'unknown')));
      addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason && (e.reason.message || e.reason))));
      return true;
    }
    case 'errors':
      return /** @type {any} */ (window).__probe?.errors ?? ['no probe'];
    case 'go': {
      // Navigates inside the app and waits for the new page's heading. The old page's heading
      // stays until the router has seen the hashchange and Svelte has flushed, and a lazily
      // loaded page has none until its chunk arrives: so wait for the event, let the flush run
      // (a macrotask comes after its microtasks), and only then look for a heading.
      if (location.hash !== arg) {
        const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
        location.hash = arg;
        await Promise.race([changed, sleep(5_000)]);
        await sleep(0);
      }
      await until(() => text(document.querySelector('main h1')), 30_000, `a page heading at ${arg}`);
      return text(document.querySelector('main h1'));
    }
    case 'click': {
      // A button anywhere on the page whose accessible name contains `arg` ("Mark done · Next section →").
      const button = await until(() => {
        const b = [...document.querySelectorAll('button')].find((el) => (el.getAttribute("aria-label") ?? text(el)).includes(arg));
        return b && !b.disabled ? b : null;
      }, 30_000, `the enabled button "${arg}…"`);
      button.click();
      return true;
    }
    case 'wait-text': {
      const pattern = new RegExp(arg);
      await until(() => pattern.test(text(document.body)), 30_000, `text /${arg}/ on the page`);
      return true;
    }
    case 'value-of':
      return /** @type {HTMLInputElement | null} */ (document.querySelector(arg))?.value ?? null;
    case 'query':
      // Text of every element matching a selector, and its aria-valuenow if any.
      return [...document.querySelectorAll(arg)].map((el) => ({ text: text(el), value: el.getAttribute('aria-valuenow') }));
    case 'table-rows': {
      // Parts of a page may load after its heading (Settings' backend table does): wait for rows.
      await until(() => document.querySelector(`${arg} tbody tr`), 30_000, `rows in ${arg}`);
      return [...document.querySelectorAll(`${arg} tbody tr`)].map((tr) => [...tr.children].map((c) => text(c)));
    }
    case 'runs':
      return /** @type {any[]} */ (await all('runs', 'by-lab', arg)).sort((a, b) => a.createdAt - b.createdAt);
    case 'store':
      return await all(arg);
    case 'step': {
      // One recipe step inside the named region: click a button once it is enabled, or wait for text.
      const { lab, click, check, upload, content, name, optional, text: wanted, timeoutMs = 120_000 } = arg;
      const root = await until(() => region(lab), 30_000, `the region "${lab}"`);
      root.scrollIntoView();
      if (upload) {
        // A file input by its label's text, given a file built here (DataTransfer is how pages get dropped files too).
        const input = await until(() => {
          const label = [...root.querySelectorAll('label')].find((l) => text(l).startsWith(upload));
          return /** @type {HTMLInputElement | null} */ (label ? (/** @type {HTMLLabelElement} */ (label).control ?? label.querySelector('input')) : null);
        }, timeoutMs, `the file input "${upload}" in "${lab}"`);
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type: 'text/csv' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }
      if (check) {
        // A radio button or checkbox by the start of its label's text.
        const input = await until(() => {
          const label = [...root.querySelectorAll('label')].find((l) => text(l).startsWith(check));
          const control = /** @type {HTMLInputElement | null} */ (label ? (/** @type {HTMLLabelElement} */ (label).control ?? label.querySelector('input')) : null);
          return control && !control.disabled ? control : null;
        }, timeoutMs, `the enabled choice "${check}" in "${lab}"`);
        if (!input.checked) input.click();
        return true;
      }
      if (click) {
        if (optional) {
          const b = buttonIn(root, click);
          if (b && !b.disabled) b.click();
          return true;
        }
        const button = await until(() => {
          const b = buttonIn(root, click);
          return b && !b.disabled ? b : null;
        }, timeoutMs, `the enabled button "${click}" in "${lab}"`);
        button.click();
        return true;
      }
      const pattern = new RegExp(wanted);
      await until(() => pattern.test(text(root)), timeoutMs, `text /${wanted}/ in "${lab}"`);
      return true;
    }
    case 'wait-runs': {
      const { lab, count, timeoutMs = 180_000 } = arg;
      await until(async () => /** @type {any[]} */ (await all('runs', 'by-lab', lab)).length >= count, timeoutMs, `${count} run(s) of ${lab} in IndexedDB`);
      return true;
    }
    case 'select': {
      // Sets a labelled <select> the way a learner's choice would (change event).
      const { label, value } = arg;
      const select = /** @type {HTMLSelectElement} */ (
        await until(() => {
          const labelEl = [...document.querySelectorAll('label')].find((l) => text(l).startsWith(label));
          return labelEl?.control ?? labelEl?.querySelector('select') ?? null;
        }, 30_000, `a select labelled "${label}"`)
      );
      await until(() => !select.disabled, 30_000, `"${label}" to be enabled`);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      select.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    }
    case 'sw-ready': {
      if (!('serviceWorker' in navigator)) return { supported: false, reason: 'navigator.serviceWorker is missing' };
      const ready = await Promise.race([navigator.serviceWorker.ready.then(() => true), sleep(60_000).then(() => false)]);
      if (!ready) return { supported: false, reason: 'no service worker became active within 60 s' };
      await until(() => navigator.serviceWorker.controller, 30_000, 'the service worker to control the page');
      const names = await caches.keys();
      let cached = 0;
      for (const n of names) cached += (await (await caches.open(n)).keys()).length;
      return { supported: true, caches: names, cached };
    }
    default:
      throw new Error(`unknown action ${action}`);
  }
}
