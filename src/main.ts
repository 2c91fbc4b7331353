import { mount } from 'svelte';
import './styles/global.css';
import App from './App.svelte';
import { startServiceWorker } from './state/serviceWorker.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });
startServiceWorker();
