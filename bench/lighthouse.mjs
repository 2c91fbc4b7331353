// Lighthouse (mobile, default throttling) against the production build served by
// `vite preview`. Prints the four category scores per page and writes
// bench-results/lighthouse.json. Usage: node bench/lighthouse.mjs http://localhost:4173/
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const base = process.argv[2] ?? 'http://localhost:4173/';
const pages = [
  { name: 'home', url: base },
  { name: 'lesson', url: `${base}#/lesson/roles/gap` },
];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const results = {};
try {
  for (const page of pages) {
    const { lhr } = await lighthouse(page.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    results[page.name] = {
      url: page.url,
      scores,
      firstContentfulPaintMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
      largestContentfulPaintMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      totalBlockingTimeMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      failingAudits: failing,
    };
    console.log(`${page.name.padEnd(8)} ${JSON.stringify(scores)}  FCP ${results[page.name].firstContentfulPaintMs} ms  LCP ${results[page.name].largestContentfulPaintMs} ms  TBT ${results[page.name].totalBlockingTimeMs} ms${failing.length ? `  failing: ${failing.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', JSON.stringify(results, null, 2) + '\n');
