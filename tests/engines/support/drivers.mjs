// @ts-check
// One small driver interface over three browser engines, so the smoke suite and the
// engines bench are written once:
//   - Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi;
//   - WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, plain W3C WebDriver over HTTP
//     under Xvfb (selenium's Builder hung against this driver; raw HTTP calls do not);
//   - Chromium (Debian's) through puppeteer-core over CDP, used only to compare numbers.
// Playwright stays the Chromium e2e suite's driver: its Firefox and WebKit need patched
// browser builds that cannot be downloaded here.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

/**
 * @typedef {object} EngineDriver
 * @property {'firefox' | 'webkit' | 'chromium'} name
 * @property {string} version
 * @property {(url: string) => Promise<void>} goto
 * @property {() => Promise<void>} reload
 * @property {<T>(fn: (...args: any[]) => Promise<T> | T, ...args: unknown[]) => Promise<T>} evaluate
 *   runs `fn` in the page (its source is sent, so it must not close over Node variables)
 * @property {() => Promise<void>} close
 */

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Where Debian puts each engine; `FIREFOX_PATH`, `MINIBROWSER_PATH`, `CHROMIUM_PATH` override. */
export function enginePaths() {
  let miniBrowser = process.env.MINIBROWSER_PATH ?? '';
  if (!miniBrowser) {
    try {
      miniBrowser = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).split('\n').find((l) => l.endsWith('/MiniBrowser')) ?? '';
    } catch {
      miniBrowser = '';
    }
  }
  return {
    firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    miniBrowser,
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}

/** A free loopback port, for the WebDriver server and the X display's companions. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {'firefox' | 'chromium'} name
 * @returns {Promise<EngineDriver>}
 */
async function launchPuppeteer(name) {
  const paths = enginePaths();
  const browser = name === 'firefox'
    ? await puppeteer.launch({ browser: 'firefox', executablePath: paths.firefox, headless: true, protocolTimeout: 300_000 })
    : await puppeteer.launch({ executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 300_000 });
  const page = await browser.newPage();
  page.setDefaultTimeout(300_000);
  page.setDefaultNavigationTimeout(60_000);
  return {
    name,
    version: await browser.version(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, ...args) => /** @type {any} */ (page.evaluate(/** @type {any} */ (fn), ...args)),
    close: () => browser.close(),
  };
}

/** Starts Xvfb on a free display number and waits until its socket exists. */
async function startXvfb() {
  for (let display = 90; display < 140; display++) {
    if (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) continue;
    const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (existsSync(`/tmp/.X11-unix/X${display}`)) return { display: `:${display}`, stop: () => xvfb.kill() };
      if (xvfb.exitCode !== null) break;
      await sleep(100);
    }
    xvfb.kill();
  }
  throw new Error('could not start Xvfb');
}

/** @returns {Promise<EngineDriver>} */
async function launchWebKit() {
  const paths = enginePaths();
  if (!paths.miniBrowser) throw new Error('MiniBrowser not found: install libwebkit2gtk-4.1-0 (webkit2gtk-driver pulls it in)');
  const x = await startXvfb();
  const port = await freePort();
  const driver = spawn(paths.webkitDriver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: x.display } });
  const base = `http://127.0.0.1:${port}`;
  /** @param {string} method @param {string} path @param {unknown} [body] */
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = /** @type {any} */ (await response.json());
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json?.value?.error ?? response.status} ${json?.value?.message ?? ''}`);
    return json.value;
  };
  let session = null;
  for (let i = 0; i < 50 && !session; i++) {
    try {
      session = await call('POST', '/session', {
        capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] } } },
      });
    } catch (error) {
      if (i === 49) throw error;
      await sleep(200);
    }
  }
  const id = session.sessionId;
  await call('POST', `/session/${id}/timeouts`, { script: 300_000, pageLoad: 60_000 });
  const version = `WebKitGTK ${session.capabilities?.browserVersion ?? ''}`.trim();
  return {
    name: 'webkit',
    version,
    goto: async (url) => void (await call('POST', `/session/${id}/url`, { url })),
    reload: async () => void (await call('POST', `/session/${id}/refresh`, {})),
    evaluate: async (fn, ...args) => {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn.toString()}).apply(null, Array.from(arguments).slice(0, -1)))
          .then((value) => done({ ok: true, value }), (e) => done({ ok: false, error: e && e.message ? e.message + ' ' + (e.stack || '') : String(e) }));`;
      const result = await call('POST', `/session/${id}/execute/async`, { script, args });
      if (!result.ok) throw new Error(`in page: ${result.error}`);
      return result.value;
    },
    close: async () => {
      try {
        await call('DELETE', `/session/${id}`);
      } finally {
        driver.kill();
        x.stop();
      }
    },
  };
}

/**
 * @param {'firefox' | 'webkit' | 'chromium'} name
 * @returns {Promise<EngineDriver>}
 */
export function launchEngine(name) {
  return name === 'webkit' ? launchWebKit() : launchPuppeteer(name);
}
