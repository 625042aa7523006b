/**
 * Runs first in the DuckDB worker (engine.worker.ts): starts downloading and compiling DuckDB's
 * wasm the moment the worker starts. DuckDB itself asks for the wasm only when the main thread
 * sends its 'instantiate' message, after the DuckDB client code (~220 kB) has loaded and run —
 * 100 ms or more of a ~1 s compile lost. DuckDB then calls WebAssembly.instantiateStreaming once,
 * for this same file; that call takes the module compiled here (falling back to DuckDB's own
 * download if the early compile failed) and cancels DuckDB's second download.
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';

/** Starts the compile and routes DuckDB's one instantiateStreaming call to it. */
export function startWasmHeadStart(): void {
  const early: Promise<WebAssembly.Module | null> = WebAssembly.compileStreaming(fetch(wasmUrl)).catch(
    () => null,
  );
  const instantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  let used = false;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const module = used ? null : await early;
    used = true;
    if (module === null) return instantiateStreaming(source, imports);
    void Promise.resolve(source).then((response) => response.body?.cancel());
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
}
