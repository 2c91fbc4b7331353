// Shared by the browser benchmarks (bench/browser/*.mjs) that drive the built app as a learner
// would: waiting for the app, reading its IndexedDB stores, choosing the training backend, and
// the Long Tasks record. Lives in lib/ so scripts/bench.sh does not run it.

/** Median of the finite values of `xs` (NaN when there are none). */
export const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Installed before any page script (context.addInitScript): every long task (≥ 50 ms on the main
 * thread) with its start time, in window.__longtasks; null where the browser has no Long Tasks API.
 */
export function observeLongTasks() {
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    window.__longtasks = null;
  }
}

/** The longest main-thread task (ms) overlapping [a, b] on the page's performance clock; null without the Long Tasks API. */
export function longestTaskBetween(page, a, b) {
  return page.evaluate(
    ([from, to]) => (window.__longtasks === null ? null : Math.max(0, ...window.__longtasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration))),
    [a, b],
  );
}

/** Every record of one object store of the app's IndexedDB database. */
export function readStore(page, store) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('ml-that-works');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => (db.close(), resolve(req.result));
          req.onerror = () => (db.close(), reject(req.error));
        };
      }),
    store,
  );
}

/** Waits until the app's shell is rendered and its storage is open. */
export async function waitForApp(page) {
  await page.locator('main#main').waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.storage === 'ready');
}

/** Chooses the training backend on the Settings page (of the app at `base`), as a learner would, and waits until it is stored. */
export async function chooseBackend(page, base, backend) {
  await page.goto(`${base}#/settings`);
  await waitForApp(page);
  const select = page.getByRole('combobox', { name: 'Training backend', exact: true });
  await page.waitForFunction((el) => !el.disabled, await select.elementHandle());
  await select.selectOption(backend);
  for (const deadline = Date.now() + 10_000; ; ) {
    if ((await readStore(page, 'settings')).find((s) => s.key === 'training.backend')?.value === backend) return;
    if (Date.now() > deadline) throw new Error(`the backend setting did not become ${backend}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Clicks `button` (once it is enabled) and polls the runs store until the lab records a new run matching
 * `matches`; returns that run, click → recorded (ms, from the run's createdAt) and the longest main-thread task
 * in between. `around` may start and stop a trace around the wait (it gets the page and a function to await).
 */
export async function clickUntilRecorded(page, button, { lab, matches = () => true, timeoutMs, pollMs = 50, around = null }) {
  await button.waitFor();
  await page.waitForFunction((el) => !el.disabled, await button.elementHandle(), { timeout: timeoutMs });
  const known = new Set((await readStore(page, 'runs')).map((r) => r.id));
  const wait = async () => {
    const { t0, epoch0 } = await button.evaluate((el) => {
      const t = { t0: performance.now(), epoch0: Date.now() };
      el.click();
      return t;
    });
    let run = null;
    for (const deadline = Date.now() + timeoutMs; !run; ) {
      if (Date.now() > deadline) throw new Error(`no ${lab} run recorded within ${timeoutMs} ms`);
      await page.waitForTimeout(pollMs); // polling the store, not waiting for a result
      run = (await readStore(page, 'runs')).find((r) => !known.has(r.id) && r.lab === lab && matches(r)) ?? null;
    }
    return { run, t0, epoch0 };
  };
  const { run, t0, epoch0 } = around ? await around(wait) : await wait();
  const wallMs = Math.max(0, run.createdAt - epoch0);
  const longestTaskMs = await longestTaskBetween(page, t0, t0 + wallMs);
  return { run, wallMs, longestTaskMs };
}
