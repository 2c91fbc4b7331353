import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

test('the service worker precaches every file the build emits', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1].replace(/^\.\//, '')));
  const emitted = listFiles('dist')
    .map((file) => relative('dist', file))
    // The worker itself, its runtime and the build manifest are not app assets.
    .filter((file) => !/^(sw\.js|workbox-[\w-]+\.js|\.vite\/.*)$/.test(file));
  expect(emitted.length).toBeGreaterThan(5);
  expect(emitted.filter((file) => !precached.has(file))).toEqual([]);
});
