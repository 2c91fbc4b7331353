import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CACHE = resolve('node_modules/.cache/e2e-next-release');

/**
 * The "next release" of the app for the update and schema-upgrade tests: the same
 * sources built with VITE_E2E_SCHEMA_BUMP=1 (one database version up, see
 * src/persistence/schema.ts), so its chunks, its index.html and its service worker
 * all change, as in a real release. Built once for a given dist/ (the folder is
 * named after dist/sw.js, whose precache list names every built file with its
 * revision) and kept outside dist/; concurrent callers share the result.
 * Returns the folder.
 */
export function nextRelease(): string {
  const key = createHash('sha256').update(readFileSync('dist/sw.js')).digest('hex').slice(0, 16);
  const dir = join(CACHE, key);
  if (existsSync(join(dir, 'sw.js'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const building = join(CACHE, `building-${process.pid}-${Date.now()}`);
  execFileSync('npx', ['vite', 'build', '--outDir', building, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, VITE_E2E_SCHEMA_BUMP: '1' },
    stdio: 'pipe',
  });
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another worker finished first
  }
  for (const old of readdirSync(CACHE)) if (old !== key && !old.startsWith('building-')) rmSync(join(CACHE, old), { recursive: true, force: true });
  return dir;
}

/** The entry script of a built index.html (its name changes with every release). */
export function entryScript(root: string): string {
  const match = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]+\.js)"/.exec(readFileSync(join(root, 'index.html'), 'utf8'));
  if (!match) throw new Error(`no entry script in ${root}/index.html`);
  return match[1];
}

/**
 * The database version the "next release" opens: this build's schema version plus the
 * one empty step VITE_E2E_SCHEMA_BUMP adds. Read from the source, because schema.ts itself
 * needs Vite's import.meta.env and cannot be imported by the test runner.
 */
export function nextSchemaVersion(): number {
  const source = readFileSync(resolve('src/persistence/schema.ts'), 'utf8');
  const match = /^const SCHEMA_VERSION = (\d+);$/m.exec(source);
  if (!match) throw new Error('src/persistence/schema.ts: no "const SCHEMA_VERSION = N;" line');
  return Number(match[1]) + 1;
}
