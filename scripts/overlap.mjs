#!/usr/bin/env node
// Own-words check: finds runs of N or more consecutive words (default 8) that a
// lesson shares with the source article, so they can be rewritten in our voice.
//
//   node scripts/overlap.mjs [seed.txt] [--n 8]
//
// Words are lowercased letters/digits/apostrophes; everything else separates them.
// Prints each shared run (merged across overlapping n-grams) with its line in the
// lesson, and per lesson the share of its n-grams that also occur in the seed.
// The frontmatter's `sources:` list is skipped: citing the article's title is
// attribution, not copying. Exits 0 either way: this is a report, not a gate.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const nIndex = args.indexOf('--n');
const N = nIndex >= 0 ? Number(args.splice(nIndex, 2)[1]) : 8;
const seedPath = args[0] ?? '/work/shared/seed/000_289052d9ea402a33.txt';
if (!existsSync(seedPath)) {
  console.error(`seed not found: ${seedPath}`);
  process.exit(2);
}

/** Words with the line each starts on. */
function words(text) {
  const out = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[a-z0-9']+/g)) out.push({ w: m[0], line: i + 1 });
  });
  return out;
}

/** The lesson with its frontmatter `sources:` block blanked (line numbers kept). */
function withoutSources(text) {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  let inSources = false;
  for (let i = 1; i < end; i++) {
    if (/^[a-z]/.test(lines[i])) inSources = lines[i].startsWith('sources:');
    if (inSources) lines[i] = '';
  }
  return lines.join('\n');
}

const seedWords = words(readFileSync(seedPath, 'utf8')).map((x) => x.w);
const seedGrams = new Set();
for (let i = 0; i + N <= seedWords.length; i++) seedGrams.add(seedWords.slice(i, i + N).join(' '));

let totalGrams = 0;
let totalShared = 0;
for (const folder of readdirSync('lessons').sort()) {
  const file = join('lessons', folder, 'lesson.md');
  if (!existsSync(file)) continue;
  const ws = words(withoutSources(readFileSync(file, 'utf8')));
  const hit = new Array(ws.length).fill(false);
  let grams = 0;
  let shared = 0;
  for (let i = 0; i + N <= ws.length; i++) {
    grams++;
    if (seedGrams.has(ws.slice(i, i + N).map((x) => x.w).join(' '))) {
      shared++;
      for (let j = i; j < i + N; j++) hit[j] = true;
    }
  }
  totalGrams += grams;
  totalShared += shared;
  console.log(`${file}: ${shared} of ${grams} ${N}-grams shared (${((100 * shared) / Math.max(1, grams)).toFixed(2)}%)`);
  for (let i = 0; i < ws.length; ) {
    if (!hit[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < ws.length && hit[j]) j++;
    console.log(`  line ${ws[i].line}: ${j - i} words: "${ws.slice(i, j).map((x) => x.w).join(' ')}"`);
    i = j;
  }
}
console.log(`course: ${totalShared} of ${totalGrams} ${N}-grams shared (${((100 * totalShared) / Math.max(1, totalGrams)).toFixed(2)}%)`);
