import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { lessonsPlugin } from './build/lessons/plugin.ts';

/**
 * Vite's dev server injects component CSS as inline <style>, which the strict CSP
 * forbids. Relax style-src in dev only; the build keeps the policy as written.
 */
function devCspRelaxation(): Plugin {
  return {
    name: 'dev-csp-relaxation',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  base: './',
  plugins: [
    devCspRelaxation(),
    lessonsPlugin('lessons'),
    svelte(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
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
        globPatterns: ['**/*.{js,css,html,svg,png,ico,wasm,json,txt,webmanifest}'],
        // TF.js and its wasm binaries are large; they must still be precached for offline labs.
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
  },
  worker: {
    format: 'es',
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
