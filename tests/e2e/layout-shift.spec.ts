import { courseRoutes } from '../../bench/routes.mjs';
import { test, expect, waitForApp } from './fixtures';

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift of the current document not caused by input, with the nodes that moved. */
const readShifts = () =>
  new Promise<Shift[]>((resolve) => {
    type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
    const describe = (node?: Node | null) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}` : String(node?.nodeName ?? '?');
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(
        (list.getEntries() as LayoutShift[])
          .filter((e) => !e.hadRecentInput)
          .map((e) => ({ value: e.value, sources: e.sources.map((s) => describe(s.node)) })),
      );
    }).observe({ type: 'layout-shift', buffered: true });
    // The observer only calls back when there is an entry; no entry means no shift.
    setTimeout(() => resolve([]), 500);
  });

// One page, every route a learner lands on, at a phone's size and a laptop's: loading a
// route must not move anything already painted (CLS 0). The shell reserves the space
// for pages that arrive in their own chunk, and a section waits for its labs' chunks.
test('no route shifts its layout while it loads', async ({ page }) => {
  test.setTimeout(120_000);
  const routes = courseRoutes();
  expect(routes.filter((r) => r.name.startsWith('lab/')).length).toBeGreaterThan(0);
  const failures: string[] = [];
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(viewport);
    for (const route of routes) {
      await page.goto('about:blank'); // a fresh document per route: its own buffered shifts
      await page.goto(`./${route.hash}`);
      await waitForApp(page);
      if (route.name.startsWith('lesson/') || route.name.startsWith('lab/')) await expect(page.locator('article.section h2')).toBeVisible();
      if (route.name.startsWith('lab/')) await expect(page.locator('section.interactive').first()).not.toHaveClass(/pending/);
      await page.waitForLoadState('networkidle');
      const shifts = await page.evaluate(readShifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      if (total > 0) failures.push(`${viewport.width}px ${route.name}: ${total.toFixed(4)} (${shifts.map((s) => `${s.value.toFixed(4)} ${s.sources.join(' ')}`).join('; ')})`);
    }
  }
  expect(failures).toEqual([]);
});
