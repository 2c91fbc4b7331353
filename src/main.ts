import { mount } from 'svelte';
import './styles/global.css';
import App from './App.svelte';
import { startServiceWorker } from './state/serviceWorker.svelte';
import { preloadRoute } from './lib/preloadRoute';
import { router } from './state/router.svelte';
import { firstPaint } from './lib/firstPaint';
import { pageSettled } from './lib/pageSettled';
import { linkManifest } from './lib/webManifest';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });
void firstPaint().then(() => preloadRoute(router.route));
// The manifest link and the service worker (install, offline) wait until the page has
// settled, on one watch.
void pageSettled().then(() => {
  linkManifest();
  startServiceWorker();
});
