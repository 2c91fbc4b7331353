// Lighthouse (mobile preset, default simulated throttling) against the production build
// served by `vite preview`: every route from bench/routes.mjs, LH_RUNS times each
// (default 3), printing the median of each category and of FCP, LCP, TBT and CLS as
// a Markdown table and writing bench-results/lighthouse.json (medians plus every run).
// Measures only; asserts nothing. Usage: node bench/lighthouse.mjs http://localhost:4173/
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { courseRoutes } from './routes.mjs';

const base = process.argv[2] ?? 'http://localhost:4173/';
const runs = Math.max(1, Math.min(9, Number(process.env.LH_RUNS ?? 3) || 3));
const only = process.env.LH_ONLY ? new RegExp(process.env.LH_ONLY) : null;
const routes = courseRoutes().filter((r) => !only || only.test(r.name));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One Lighthouse run, reduced to the numbers the table shows plus what failed and what shifted. */
async function measure(port, url) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    scores: Object.fromEntries(CATEGORIES.map((key) => [key, Math.round((lhr.categories[key]?.score ?? 0) * 100)])),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: +audit('cumulative-layout-shift').toFixed(3),
    failingAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
    shifted: (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) => ({ score: +(item.score ?? 0).toFixed(4), node: item.node?.selector ?? item.node?.snippet ?? '?' })),
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 5).map((t) => ({ url: t.url, startMs: Math.round(t.startTime), durationMs: Math.round(t.duration) })),
  };
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const results = {};
const started = Date.now();
try {
  for (const route of routes) {
    const url = `${base}${route.hash}`;
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await measure(chrome.port, url));
    results[route.name] = {
      url,
      median: {
        ...Object.fromEntries(CATEGORIES.map((key) => [key, median(all.map((r) => r.scores[key]))])),
        fcpMs: median(all.map((r) => r.fcpMs)),
        lcpMs: median(all.map((r) => r.lcpMs)),
        tbtMs: median(all.map((r) => r.tbtMs)),
        cls: median(all.map((r) => r.cls)),
      },
      runs: all,
    };
    process.stderr.write(`  ${route.name}: done\n`);
  }
} finally {
  await chrome.kill();
}

const header = ['route', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
console.log(`Lighthouse ${runs}× per route, medians (mobile preset), ${(Date.now() - started) / 1000 | 0} s in all`);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const [name, { median: m }] of Object.entries(results)) {
  console.log(`| ${name} | ${m.performance} | ${m.accessibility} | ${m['best-practices']} | ${m.seo} | ${(m.fcpMs / 1000).toFixed(1)} s | ${(m.lcpMs / 1000).toFixed(1)} s | ${Math.round(m.tbtMs)} ms | ${m.cls} |`);
}
const failing = [...new Set(Object.values(results).flatMap((r) => r.runs.flatMap((run) => run.failingAudits)))];
if (failing.length) console.log(`failing binary audits somewhere: ${failing.join(', ')}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', JSON.stringify({ runsPerRoute: runs, loadAverage: (await import('node:os')).loadavg(), results }, null, 2) + '\n');
