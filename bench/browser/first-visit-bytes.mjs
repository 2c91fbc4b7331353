// Bytes of one learner's first visit, as a room hotspot carries them:
//   node bench/browser/first-visit-bytes.mjs [ignored preview URL]
//
// Serves the build (env BENCH_DIST, default dist/) with the room server's handler
// (scripts/room/server.mjs) on a loopback port of its own, once with the precompressed
// copies (what `npm run room` sends) and once without (every file as it is), and opens
// the home page in a fresh headless Chromium context at http://localhost:<port>/ (a
// secure context, so the service worker installs and precaches as on an HTTPS room).
// Waits until the worker controls the page, then until nothing has been sent for 1.5 s,
// and counts the bytes the server wrote to its sockets: headers and bodies of every
// response, the full precache and the wasm variant the service worker caches included.
// Prints both and the service worker's cache contents; writes
// bench-results/first-visit-bytes.json. Asserts nothing. Runs: env BENCH_RUNS (default 3).
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { ROOT, chromiumArgs } from './lib/chromium.mjs';
import { median, waitForApp } from './lib/app.mjs';
import { compressDist } from '../../scripts/room/compress.mjs';
import { createRoomHandler } from '../../scripts/room/server.mjs';

const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const QUIET_MS = 1500;

/** Starts the room handler on a free loopback port, counting every byte written to every connection. */
async function countingServer(compressed) {
  const sockets = new Set();
  const byType = {};
  let requests = 0;
  const seen = new Map();
  const encodings = {};
  const handler = createRoomHandler({ root: DIST, csp: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'", urls: () => [], compressed });
  const server = createServer((req, res) => {
    requests++;
    const file = (req.url ?? '/').split('?')[0];
    const ae = String(req.headers['accept-encoding'] ?? 'none');
    encodings[ae] = (encodings[ae] ?? 0) + 1;
    seen.set(file, (seen.get(file) ?? 0) + 1);
    const writeHead = res.writeHead;
    res.writeHead = function (status, headers) {
      const ext = path.extname(file) || '.html';
      if (status === 200 && req.method === 'GET') byType[ext] = (byType[ext] ?? 0) + Number(headers?.['Content-Length'] ?? 0);
      return writeHead.call(this, status, headers);
    };
    handler(req, res);
  });
  let lastWrite = Date.now();
  server.on('connection', (socket) => {
    sockets.add(socket);
    const write = socket.write;
    socket.write = function (...args) {
      lastWrite = Date.now();
      return write.apply(this, args);
    };
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${server.address().port}/`,
    bytes: () => [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0),
    quietFor: () => Date.now() - lastWrite,
    stats: () => ({ requests, bodyBytesByType: byType, fetchedTwice: [...seen].filter(([, n]) => n > 1).map(([f]) => f), acceptEncoding: encodings }),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

async function firstVisit(browser, compressed) {
  const server = await countingServer(compressed);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    while (server.quietFor() < QUIET_MS) await page.waitForTimeout(250);
    const caches = await page.evaluate(async () => {
      const out = {};
      for (const name of await self.caches.keys()) out[name] = (await (await self.caches.open(name)).keys()).length;
      return out;
    });
    const wasmCached = await page.evaluate(async () => {
      const cache = (await self.caches.keys()).includes('tfjs-wasm') ? await self.caches.open('tfjs-wasm') : null;
      const precache = await self.caches.open((await self.caches.keys()).find((n) => n.includes('precache')) ?? 'none');
      const names = [...(cache ? await cache.keys() : []), ...(await precache.keys())].map((r) => new URL(r.url).pathname.split('/').pop());
      return names.filter((n) => n.endsWith('.wasm'));
    });
    return { bytes: server.bytes(), ...server.stats(), caches, wasmCached };
  } finally {
    await context.close();
    await server.close();
  }
}

const packed = compressDist(DIST);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs() });
const results = { compressed: [], uncompressed: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const mode of ['compressed', 'uncompressed']) {
      const r = await firstVisit(browser, mode === 'compressed');
      results[mode].push(r);
      console.log(`run ${i + 1} ${mode}: ${(r.bytes / 1e6).toFixed(3)} MB in ${r.requests} requests; wasm cached: ${r.wasmCached.join(', ') || 'none'}`);
    }
  }
} finally {
  await browser.close();
}

const mb = (n) => Number((n / 1e6).toFixed(3));
const summary = {
  what: "Bytes the room server wrote (headers and bodies) for one learner's first visit to the home page, until the service worker controls it and has precached everything, in headless Chromium",
  dist: path.relative(ROOT, DIST) || '.',
  runs: RUNS,
  medianMegabytes: { compressed: mb(median(results.compressed.map((r) => r.bytes))), uncompressed: mb(median(results.uncompressed.map((r) => r.bytes))) },
  requests: results.compressed[0]?.requests,
  wasmCached: results.compressed[0]?.wasmCached,
  caches: results.compressed[0]?.caches,
  fetchedTwice: results.compressed[0]?.fetchedTwice,
  acceptEncoding: results.compressed[0]?.acceptEncoding,
  bodyBytesByType: { compressed: results.compressed[0]?.bodyBytesByType, uncompressed: results.uncompressed[0]?.bodyBytesByType },
  buildMegabytes: { raw: mb(packed.raw), brotli: mb(packed.br), gzip: mb(packed.gz) },
  perHundredLearnersGigabytes: { compressed: Number(((median(results.compressed.map((r) => r.bytes)) * 100) / 1e9).toFixed(2)) },
};
mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench-results', 'first-visit-bytes.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(`first visit: ${summary.medianMegabytes.compressed} MB precompressed, ${summary.medianMegabytes.uncompressed} MB uncompressed (median of ${RUNS}); ${summary.requests} requests; wasm cached: ${summary.wasmCached?.join(', ')}`);
