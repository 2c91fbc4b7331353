import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { openRunDetails, runItems } from './support/runs';

// Strings that reach the screen from outside the build (an imported file, a share link)
// are shown as text; lesson HTML passes DOMPurify even if a bundle carried markup the
// compiler refuses. Every payload would set window.__pwned if it ran; where the CSP is
// on, the fixture's tripwire also fails the test if any of them was even attempted.

// page.route sees the lesson chunk only when no service worker answers from its cache.
test.use({ serviceWorkers: 'block' });

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

test('an imported progress file whose run strings carry markup shows them as text on #/runs', async ({ page }) => {
  await page.goto('./#/settings');
  await waitForApp(page);
  await page.getByLabel('Import progress from a file').setInputFiles('tests/fixtures/imports/markup-strings.json');
  await expect(page.getByText('Progress imported.')).toBeVisible();
  await page.goto('./#/runs');
  const row = runItems(page).filter({ hasText: 'onerror' });
  await expect(row).toHaveCount(1);
  await openRunDetails(row);
  for (const literal of [
    `<img src=x onerror="window.__pwned='lab'">`,
    `<script>window.__pwned='model'</script>`,
    `<b onmouseover="window.__pwned='key'">key</b>`,
    `<img src=x onerror="window.__pwned='value'">`,
    `<a href="javascript:window.__pwned='link'">click</a>`,
    `<svg onload="window.__pwned='svg'"></svg>`,
    '<i>accuracy</i>',
    '<iframe src="javascript:1"></iframe>',
  ]) {
    await expect(row).toContainText(literal);
  }
  // The only links are the view's own in-page ones (to the run's dataset).
  await expect(row.locator('img, script, svg, iframe, b, i, a:not([href^="#"])')).toHaveCount(0);
  expect(await pwned(page)).toBeNull();
});

test('a share link whose values and keys carry markup is quoted as text in the notice', async ({ page }) => {
  const value = '<img src=x onerror=__pwned=1>';
  const key = '<script>__pwned=2</script>';
  await page.goto(`./#/lesson/experiments/ab-lab?ab.kpi=${encodeURIComponent(value)}&ab.${encodeURIComponent(key)}=1`);
  await waitForApp(page);
  const notices = page.getByRole('region', { name: 'A/B test lab' }).locator('.notices');
  await expect(notices).toContainText(`KPI: "${value}" is not one of conversion, sales, duration; using conversion.`);
  await expect(notices).toContainText(`The link's setting "${key}" is not part of this interactive and was ignored.`);
  await expect(notices.locator('img, script')).toHaveCount(0);
  expect(await pwned(page)).toBeNull();
});

/** The first lesson section (in course order) that holds a knowledge check: its prose, question and explanations are lesson HTML. */
function sectionWithCheck(): { slug: string; section: string } {
  for (const folder of readdirSync('lessons').sort()) {
    const source = readFileSync(`lessons/${folder}/lesson.md`, 'utf8');
    const { slug } = parse(source.split(/^---$/m)[1]) as { slug: string };
    const chunks = source.split(/^<!--\s*section:\s*(\S+)\s*-->\s*$/m);
    for (let i = 1; i < chunks.length; i += 2) {
      if (chunks[i + 1].includes('```check')) return { slug, section: chunks[i] };
    }
  }
  throw new Error('no lesson section holds a knowledge check');
}

// Markup the compiler refuses, injected into the built lesson chunk as if it had slipped through.
const INJECTED = [
  '<img src=x onerror=__pwned=1>',
  '<a href=javascript:__pwned=2>evil link</a>',
  '<a href=jav&#x09;ascript:__pwned=3>evil tab link</a>',
  '<img src=data:image/svg+xml;base64,PHN2Zz4= alt=data-image>',
  '<em style=color:red onclick=__pwned=4>styled</em>',
  '<script>__pwned=5</script>',
  '<iframe src=about:blank></iframe>',
  '<form action=/x><input name=injected></form>',
  '<a href=#/lesson/roles/gap>in-app link</a>',
].join('');

test('lesson HTML is sanitized where it is rendered, even if the built lesson carried markup and no CSP stood behind it', async ({ page }) => {
  const { slug, section } = sectionWithCheck();
  // Without its policy (meta tag and header) the page would run any handler that got
  // through: the sanitizer alone must stop them. (With the policy on, Chromium would
  // also report the handlers DOMPurify's inert parse meets before dropping them.)
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/content-security-policy/i.test(name)));
      const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      expect(body).not.toContain('Content-Security-Policy');
      await route.fulfill({ response, headers, body });
    },
  );
  let injected = 0;
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes('questionHtml:') || !body.includes(`slug:\`${slug}\``)) return route.fulfill({ response });
    injected++;
    // Every HTML field of the compiled lesson (prose, instructor notes, question, explanations) starts with the payload.
    return route.fulfill({ response, body: body.replace(/(html|Html):`/g, `$1:\`${INJECTED}`) });
  });
  await page.goto(`./#/lesson/${slug}/${section}`);
  await waitForApp(page);
  await expect(page.locator('.check .question').first()).toContainText('evil link');
  // A section draws its blocks in slices and its way on last: every block is in once it shows.
  await expect(page.locator('nav.section-nav')).toBeVisible();
  expect(injected).toBe(1);

  const lessonHtml = page.locator('.prose, .check .question');
  await expect(lessonHtml.getByText('styled').first()).toBeVisible();
  await expect(lessonHtml.locator('script, iframe, form, input, [style], [onclick], [onerror]')).toHaveCount(0);
  const links = await lessonHtml.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  const evil = links.filter(([text]) => text === 'evil link' || text === 'evil tab link');
  expect(evil.length).toBeGreaterThan(1);
  expect(evil.map(([, href]) => href)).toEqual(evil.map(() => null));
  expect(links.filter(([text]) => text === 'in-app link').map(([, href]) => href)).toContain('#/lesson/roles/gap');
  const injectedImages = await lessonHtml.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')));
  expect(injectedImages.length).toBeGreaterThan(0);
  expect(injectedImages.filter((src) => src !== null && (src === 'x' || src.startsWith('data:')))).toEqual([]);
  expect(await pwned(page)).toBeNull();
});
