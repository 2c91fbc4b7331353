import { test, expect, waitForApp } from './fixtures';

test('the course map lists all six lessons with time, objectives and progress', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  const cards = page.locator('.course-map > li');
  await expect(cards).toHaveCount(6);
  for (const title of ['What ML engineering is', 'A foundation of simplicity', 'Controlled experiments']) {
    await expect(page.getByRole('heading', { name: title, exact: false })).toBeVisible();
  }
  await expect(cards.first()).toContainText(/about \d+ min/);
  await expect(cards.first().getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  // Every lesson has landed: none is marked as coming.
  await expect(page.getByText('Coming soon')).toHaveCount(0);
});

test('a lesson opens at its first section and steps forward, back and forward again', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  await page.getByRole('link', { name: 'Start lesson' }).first().click();
  await expect(page).toHaveURL(/#\/lesson\/roles\/gap$/);
  const firstTitle = await page.locator('#section-title').textContent();

  await page.getByRole('button', { name: /Next section/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/roles\/recipe$/);
  await expect(page.locator('#section-title')).not.toHaveText(firstTitle ?? '');

  await page.goBack();
  await expect(page).toHaveURL(/#\/lesson\/roles\/gap$/);
  await expect(page.locator('#section-title')).toHaveText(firstTitle ?? '');
  await page.goForward();
  await expect(page).toHaveURL(/#\/lesson\/roles\/recipe$/);
});

test('reloading a deep link shows the same section', async ({ page }) => {
  await page.goto('./#/lesson/roles/handoff');
  await waitForApp(page);
  const title = await page.locator('#section-title').textContent();
  await page.reload();
  await waitForApp(page);
  await expect(page.locator('#section-title')).toHaveText(title ?? '');
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: title ?? '' })).toHaveAttribute('aria-current', 'step');
});

test('runs, settings and unknown addresses each have a page', async ({ page }) => {
  await page.goto('./#/runs');
  await expect(page.getByRole('heading', { level: 1, name: 'Runs' })).toBeVisible();
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.goto('./#/nowhere/at/all');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto('./#/lesson/no-such-lesson');
  await expect(page.getByRole('heading', { level: 1, name: 'There is no such lesson.' })).toBeVisible();
});

test("a deep link asks for its page's chunks along with the first load; the course map asks for none", async ({ page }) => {
  // The links the inline script of build/routePreload.ts adds (low priority), by file name without the hash.
  const preloaded = () =>
    page.evaluate(() =>
      [...document.head.querySelectorAll('link[fetchpriority="low"]')].map((l) => (l as HTMLLinkElement).href.split('/').pop()!.replace(/-[\w-]{8}\.(js|css)$/, '.$1')),
    );
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('./#/runs');
  await expect(page.getByRole('heading', { level: 1, name: 'Runs' })).toBeVisible();
  expect(await preloaded()).toEqual(expect.arrayContaining(['RunsPage.js', 'RunsView.js', 'RunsView.css']));
  // Each file once: the page's own import finds the preloaded copy.
  const runsView = requested.filter((url) => /\/(RunsPage|RunsView)-[\w-]+\.(js|css)$/.test(url));
  expect(runsView).toHaveLength(3);

  await page.goto('about:blank');
  await page.goto('./#/lesson/roles/gap');
  await expect(page.locator('article.section h2')).toBeVisible();
  expect(await preloaded()).toEqual(expect.arrayContaining(['LessonPage.js', 'roles.js']));

  await page.goto('about:blank');
  await page.goto('./');
  await waitForApp(page);
  expect(await preloaded()).toEqual([]);
});

test('the web app manifest is linked once the page has settled, not fetched with the first load', async ({ page, request }) => {
  expect(await (await request.get('./')).text()).not.toContain('rel="manifest"');
  await page.goto('./#/lesson/roles/gap');
  // Loaded, but not yet settled (that takes a quiet second and a half after load).
  expect(await page.locator('link[rel="manifest"]').count()).toBe(0);
  await waitForApp(page);
  const link = page.locator('link[rel="manifest"]');
  await expect(link).toHaveCount(1, { timeout: 15_000 });
  const manifest = await (await request.get(await link.evaluate((l) => (l as HTMLLinkElement).href))).json();
  expect(manifest).toMatchObject({ name: 'ML That Works', display: 'standalone' });
});
