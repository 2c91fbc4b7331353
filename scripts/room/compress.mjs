// Precompresses the build: a brotli (.br, quality 11) and a gzip (.gz, level 9)
// copy of every text or wasm file in dist/ over 1 KB, for the room server to send
// by Accept-Encoding. Skips copies that are already up to date and copies that
// would not be smaller. Usage: node scripts/room/compress.mjs [dist]
import { readdirSync, readFileSync, statSync, writeFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|wasm|txt|ico|csv)$/i;
const MIN_BYTES = 1024;

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** @param {string} copy @param {string} source */
function fresh(copy, source) {
  try {
    // Within 2 ms: utimes sets the copy to its source's time, rounded (a rebuild is seconds later).
    return statSync(copy).mtimeMs >= statSync(source).mtimeMs - 2;
  } catch {
    return false;
  }
}

/**
 * Writes the missing or stale .br and .gz copies under `dist`; returns counts and byte totals.
 * @param {string} dist
 */
export function compressDist(dist) {
  const totals = { files: 0, written: 0, raw: 0, br: 0, gz: 0 };
  for (const file of listFiles(dist)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    totals.files++;
    totals.raw += raw.length;
    const { mtime } = statSync(file);
    /** @type {['br' | 'gz', () => Buffer][]} */
    const makers = [
      ['br', () => brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })],
      ['gz', () => gzipSync(raw, { level: 9 })],
    ];
    for (const [ext, make] of makers) {
      const copy = `${file}.${ext}`;
      if (!fresh(copy, file)) {
        const packed = make();
        if (packed.length >= raw.length) {
          totals[ext] += raw.length;
          continue;
        }
        writeFileSync(copy, packed);
        utimesSync(copy, mtime, mtime); // same time as its source: "fresh" means made from this version
        totals.written++;
      }
      totals[ext] += statSync(copy).size;
    }
  }
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const t = compressDist(dist);
  const mb = (/** @type {number} */ n) => (n / 1e6).toFixed(2);
  console.log(`precompressed ${t.files} files (${t.written} copies written): ${mb(t.raw)} MB raw, ${mb(t.gz)} MB gzip, ${mb(t.br)} MB brotli`);
}
