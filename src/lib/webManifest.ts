/** The web app manifest's file name (vite.config.ts writes it under this name). */
export const MANIFEST_FILE = 'manifest.webmanifest';

/**
 * Links the web app manifest, which the build leaves out of index.html (build/manifestLink.ts):
 * only installing the app needs it, so it is asked for once the page has settled instead of
 * taking a connection while the entry and the route's chunks load.
 */
export function linkManifest(doc: Document = document): void {
  if (doc.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = `./${MANIFEST_FILE}`;
  doc.head.appendChild(link);
}
