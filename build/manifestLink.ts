import type { Plugin } from 'vite';
import { builtPagePlugin } from './builtPage.ts';
import { MANIFEST_FILE } from '../src/lib/webManifest.ts';

/** The link vite-plugin-pwa writes into index.html. */
export const MANIFEST_LINK = `<link rel="manifest" href="./${MANIFEST_FILE}">`;

/** index.html without the manifest link; throws unless it was there exactly once. */
export function withoutManifestLink(html: string): string {
  if (html.split(MANIFEST_LINK).length !== 2) throw new Error(`manifest link: expected ${MANIFEST_LINK} once in index.html`);
  return html.replace(MANIFEST_LINK, '');
}

/**
 * Takes the manifest link out of the built index.html: the page adds it once it has settled
 * (src/lib/webManifest.ts), so the manifest never competes with what paints the route. Stops
 * the build if the link is not there as written, so a change in the plugin cannot quietly
 * bring the manifest back into the page's first requests.
 */
export const manifestLinkPlugin = (): Plugin => builtPagePlugin('manifest-link-later', withoutManifestLink);
