import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { lessonsPlugin } from './build/lessons/plugin.ts';
import { SW_WASM_FILE, swWasmPlugin } from './build/swWasm.ts';
import { routePreloadPlugin } from './build/routePreload.ts';
import { manifestLinkPlugin } from './build/manifestLink.ts';
import { MANIFEST_FILE } from './src/lib/webManifest.ts';
import { CSP_DEV_META, CSP_META, CSP_PLACEHOLDER, cspHeaderReportingTo } from './build/csp.ts';

/**
 * Writes the policy of build/csp.ts into index.html's meta tag (relaxed for
 * injected styles in dev only). A missing placeholder stops the build, so the
 * page can never ship without its policy.
 */
function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'content-security-policy',
    configResolved: (config) => {
      dev = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html: the Content-Security-Policy meta tag (content="${CSP_PLACEHOLDER}") is missing`);
        return html.replace(CSP_PLACEHOLDER, dev ? CSP_DEV_META : CSP_META);
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    contentSecurityPolicy(),
    lessonsPlugin('lessons'),
    svelte(),
    swWasmPlugin(),
    routePreloadPlugin(),
    manifestLinkPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: MANIFEST_FILE,
      manifest: {
        name: 'ML That Works',
        short_name: 'ML That Works',
        description: 'How machine learning reaches production and stays useful there — run it in your browser.',
        theme_color: '#0f3d3e',
        background_color: '#fbfaf7',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,txt,webmanifest}'],
        // TF.js's wasm binaries: only the variant this device loads is cached at install, by the
        // imported sw-wasm.js (build/swWasm.ts). room.json is read from the network: the room
        // server answers it with the addresses learners can reach.
        globIgnores: ['**/*.wasm', 'room.json', SW_WASM_FILE],
        importScripts: [SW_WASM_FILE],
        // Take control on the very first visit so it works offline at once; updates still wait for the prompt.
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    manifest: true,
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId, hostType }) => (hostType === 'html' || /(^|\/)index-[\w-]+\.js$/.test(hostId) ? deps : []),
    },
  },
  worker: {
    format: 'es',
  },
  server: { port: 5173 },
  preview: {
    port: 4173,
    // The same policy as a header, so workers and the service worker run under it too.
    // Only the end-to-end server sets E2E_CSP_REPORT_URI, to collect violations.
    headers: { 'Content-Security-Policy': cspHeaderReportingTo(process.env.E2E_CSP_REPORT_URI) },
  },
});
