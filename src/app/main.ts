/**
 * Entry. DuckDB dominates the start-up (a 34 MB wasm to compile), so its worker script starts
 * loading before anything else; the store (DuckDB client, data downloads) follows, and the UI
 * (Svelte components, ECharts) mounts while the wasm compiles — its queries run as soon as the data
 * is ready, or at once from the build-time snapshot (db/snapshot.ts).
 */
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import './app.css';

const worker = new Worker(workerUrl);
const target = document.getElementById('app');
if (target === null) throw new Error('#app missing from index.html');

const { store } = await import('./db/store.svelte.ts');
void store.start(worker);
const [{ mount }, { default: App }] = await Promise.all([import('svelte'), import('./App.svelte')]);
mount(App, { target });
