/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataPlugin } from './src/app/build/data-plugin.ts';

export default defineConfig({
  // Relative URLs: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [svelte(), dataPlugin(process.env.JIXIAO_DATA_DIR ?? 'data')],
  build: {
    target: 'es2022',
    // DuckDB-WASM's worker and wasm are large by nature; they load in parallel with the data.
    chunkSizeWarningLimit: 1500,
    // The data plugin's snapshot runs DuckDB at build time (~2 s); that is expected, not a slow plugin.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Shared 2-core machines: a setup hook that loads DuckDB or ingests a folder can take well over
    // vitest's default 10 s when the machine is busy; a timeout here means slow, not broken.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
