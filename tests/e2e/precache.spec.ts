import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const WASM = /^assets\/tfjs-backend-wasm[\w-]*\.wasm$/;

test('the service worker precaches every file the build emits, and the wasm variants through sw-wasm.js', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1].replace(/^\.\//, '')));
  const emitted = listFiles('dist')
    .map((file) => relative('dist', file))
    // The worker itself, its runtime, its wasm helper and the build manifest are not app assets;
    // room.json is answered by the room server (a static host serves the empty list);
    // .br and .gz are the room server's precompressed copies of files that are precached.
    .filter((file) => !/^(sw\.js|sw-wasm\.js|room\.json|workbox-[\w-]+\.js|\.vite\/.*)$/.test(file) && !/\.(br|gz)$/.test(file));
  expect(emitted.length).toBeGreaterThan(5);
  const wasm = emitted.filter((file) => WASM.test(file));
  expect(wasm).toHaveLength(3);
  // The wasm binaries stay out of the precache: sw-wasm.js (imported by sw.js) caches the one a device loads.
  expect(emitted.filter((file) => !WASM.test(file) && !precached.has(file))).toEqual([]);
  expect([...precached].filter((file) => WASM.test(file))).toEqual([]);
  expect(sw).toContain('importScripts("sw-wasm.js")');
  const helper = readFileSync('dist/sw-wasm.js', 'utf8');
  for (const file of wasm) expect(helper).toContain(`"${file}"`);
});
