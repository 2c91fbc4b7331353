// The routes a learner lands on, read from the sources the build compiles: the home
// page, every lesson, one lab section per lesson (the first section showing an
// interactive that has landed), runs and settings, plus #/tools and #/present/<slug>
// when the router knows them. Shared by bench/lighthouse.mjs and the layout-shift e2e test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SECTION_MARKER = /^<!--\s*section:\s*([^\s]+)\s*-->\s*$/gm;
const INTERACTIVE_FENCE = /^```interactive\s*\n\s*([a-z0-9-]+)\s*\n```/gm;

/**
 * @param {string} root project root
 * @returns {{ name: string, hash: string }[]} hashes such as `#/lesson/roles`
 */
export function courseRoutes(root = '.') {
  const landed = new Set([...readFileSync(join(root, 'src/content/interactives.ts'), 'utf8').matchAll(/^\s*'([a-z0-9-]+)':\s*\(\)\s*=>\s*import/gm)].map((m) => m[1]));
  const routeSource = readFileSync(join(root, 'src/lib/route.ts'), 'utf8');
  const lessons = readdirSync(join(root, 'lessons'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{2}-[a-z0-9-]+$/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((folder) => ({ slug: folder.slice(3), source: readFileSync(join(root, 'lessons', folder, 'lesson.md'), 'utf8') }));

  const routes = [{ name: 'home', hash: '' }];
  for (const { slug } of lessons) routes.push({ name: `lesson/${slug}`, hash: `#/lesson/${slug}` });
  for (const { slug, source } of lessons) {
    const lab = labSection(source, landed);
    if (lab) routes.push({ name: `lab/${slug}/${lab}`, hash: `#/lesson/${slug}/${lab}` });
  }
  routes.push({ name: 'runs', hash: '#/runs' }, { name: 'settings', hash: '#/settings' }, { name: 'record', hash: '#/record' });
  if (/['"]tools['"]/.test(routeSource)) routes.push({ name: 'tools', hash: '#/tools' });
  if (/['"]present['"]/.test(routeSource) && lessons[0]) routes.push({ name: `present/${lessons[0].slug}`, hash: `#/present/${lessons[0].slug}` });
  return routes;
}

/** The id of the first section of a lesson that shows a landed interactive, or null. */
function labSection(source, landed) {
  const markers = [...source.matchAll(SECTION_MARKER)].map((m) => ({ id: m[1], at: m.index }));
  for (const fence of source.matchAll(INTERACTIVE_FENCE)) {
    if (!landed.has(fence[1])) continue;
    const owner = markers.filter((m) => m.at < fence.index).at(-1);
    if (owner) return owner.id;
  }
  return null;
}
