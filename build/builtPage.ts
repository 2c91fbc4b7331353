import type { Plugin, Rollup } from 'vite';

/**
 * A build plugin that rewrites the built index.html once everything else has written
 * it (Vite's own tags, vite-plugin-pwa's links): `transform` gets the page and the
 * bundle, and may throw to stop the build. Worker bundles, which have no page, pass.
 */
export function builtPagePlugin(name: string, transform: (html: string, bundle: Rollup.OutputBundle) => string): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type === 'asset') html.source = transform(String(html.source), bundle);
    },
  };
}
