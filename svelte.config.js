import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // discloseVersion: Svelte would otherwise import a module in every component that writes
  // its version to window.__svelte; nothing here reads it, and the build gave that module a
  // chunk of its own, one more request on every first load.
  compilerOptions: { runes: true, discloseVersion: false },
};
