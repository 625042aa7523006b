/**
 * Entry: start DuckDB (worker + 34 MB wasm) and the data downloads first, from a small chunk, then
 * load the UI (Svelte components, ECharts) in parallel while the wasm compiles.
 */
import { store } from './db/store.svelte.ts';
import './app.css';

void store.start();

const target = document.getElementById('app');
if (target === null) throw new Error('#app missing from index.html');
const [{ mount }, { default: App }] = await Promise.all([import('svelte'), import('./App.svelte')]);
mount(App, { target });
