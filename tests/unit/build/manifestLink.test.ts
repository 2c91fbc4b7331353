import { describe, expect, it } from 'vitest';
import { MANIFEST_LINK, withoutManifestLink } from '../../../build/manifestLink';
import { MANIFEST_FILE, linkManifest } from '../../../src/lib/webManifest';

describe('the manifest link leaves index.html', () => {
  it('is the link vite-plugin-pwa writes for our manifest file, and it goes', () => {
    expect(MANIFEST_LINK).toBe('<link rel="manifest" href="./manifest.webmanifest">');
    expect(withoutManifestLink(`<head><title>x</title>\n  ${MANIFEST_LINK}</head>`)).toBe('<head><title>x</title>\n  </head>');
  });

  it('stops the build when the link is missing or there twice', () => {
    expect(() => withoutManifestLink('<head></head>')).toThrow(/manifest link/);
    expect(() => withoutManifestLink(`<head>${MANIFEST_LINK}${MANIFEST_LINK}</head>`)).toThrow(/manifest link/);
    expect(() => withoutManifestLink('<head><link rel="manifest" href="/elsewhere.json"></head>')).toThrow(/manifest link/);
  });
});

describe('linkManifest', () => {
  function fakeDocument(existing: boolean) {
    const links: Record<string, string>[] = [];
    const doc = {
      querySelector: (selector: string) => (selector === 'link[rel="manifest"]' && (existing || links.some((l) => l.rel === 'manifest')) ? {} : null),
      createElement: (tag: string) => ({ tag }) as Record<string, string>,
      head: { appendChild: (link: Record<string, string>) => links.push(link) },
    };
    return { doc: doc as unknown as Document, links };
  }

  it('adds one link to the manifest, relative to the page, however often it is called', () => {
    const { doc, links } = fakeDocument(false);
    linkManifest(doc);
    linkManifest(doc);
    expect(links).toEqual([{ tag: 'link', rel: 'manifest', href: `./${MANIFEST_FILE}` }]);
  });

  it('leaves a page that already links a manifest alone', () => {
    const { doc, links } = fakeDocument(true);
    linkManifest(doc);
    expect(links).toEqual([]);
  });
});
