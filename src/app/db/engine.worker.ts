/**
 * The DuckDB worker (a classic worker): the wasm head start, then DuckDB-WASM's own worker script
 * (eh bundle), loaded with importScripts so its message handler is installed before this script
 * ends — no message from the main thread can arrive unhandled.
 */
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { startWasmHeadStart } from './wasm-head-start.ts';

declare function importScripts(...urls: string[]): void;

startWasmHeadStart();
importScripts(duckdbWorkerUrl);
