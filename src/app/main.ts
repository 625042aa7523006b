/**
 * Entry. DuckDB dominates the start-up (a 34 MB wasm to compile), so its worker starts before
 * anything else and compiles the wasm at once (db/wasm-head-start.ts); the store (DuckDB client,
 * data downloads) follows, and the UI (Svelte components, ECharts) mounts while the wasm compiles —
 * its queries run as soon as the data is ready.
 */
import './app.css';

const worker = new Worker(new URL('./db/engine.worker.ts', import.meta.url));
const target = document.getElementById('app');
if (target === null) throw new Error('#app missing from index.html');

const { store } = await import('./db/store.svelte.ts');
void store.start(worker);
const [{ mount }, { default: App }] = await Promise.all([import('svelte'), import('./App.svelte')]);
mount(App, { target });
