// First-load size of the home route: the entry chunk, every chunk it imports
// statically (recursively) and their CSS, read from Vite's build manifest, plus the
// scripts inlined into index.html (the route preload), each gzipped.
// Lazy chunks (lesson bodies, sims, TF.js) are not part of the first load.
// Usage: node scripts/size.mjs [--max-kb 50] [--json]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entryKey) throw new Error('No index.html entry in dist/.vite/manifest.json: run `npm run build` first.');

const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);

const sized = (file, bytes) => ({ file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const rows = [...files].map((file) => sized(file, readFileSync(join(dist, file))));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
for (const [i, match] of [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].entries()) rows.push(sized(`index.html inline script ${i + 1}`, Buffer.from(match[1])));
const totalGzip = rows.reduce((sum, row) => sum + row.gzip, 0);
const result = { route: '#/', files: rows, totalGzipBytes: totalGzip, totalGzipKB: +(totalGzip / 1024).toFixed(1) };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  for (const row of rows) console.log(`  ${row.file.padEnd(48)} ${(row.gzip / 1024).toFixed(1).padStart(6)} KB gz`);
  console.log(`home route first load (JS+CSS): ${result.totalGzipKB} KB gz`);
}

const maxIndex = process.argv.indexOf('--max-kb');
if (maxIndex > 0) {
  const max = Number(process.argv[maxIndex + 1]);
  if (result.totalGzipKB > max) {
    console.error(`FAIL: the home route's first load is ${result.totalGzipKB} KB gz, over the ${max} KB budget.`);
    process.exit(1);
  }
  console.log(`within the ${max} KB budget`);
}
