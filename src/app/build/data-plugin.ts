/**
 * Vite plugin: ships the ingest output with the app. `vite build` copies <dir>/*.arrow and
 * <dir>/manifest.json into dist/data/ (so dist is self-contained) and computes the first view's
 * snapshot (data/snapshot.json, see src/app/db/snapshot.ts); `vite dev` serves the same files
 * under /data/. Without data the build still succeeds and the app shows its Chinese error panel.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SNAPSHOT_FILE } from '../db/snapshot.ts';
import { snapshotFor } from './snapshot-build.ts';

export const DATA_URL_DIR = 'data';

/** The files of a data folder that the app reads. */
export function dataFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => name === 'manifest.json' || /\.arrow(\.gz)?$/.test(name))
    .sort();
}

export function dataPlugin(dir: string): Plugin {
  const root = resolve(dir);
  return {
    name: 'jixiao-data',
    async generateBundle() {
      const files = dataFiles(root);
      if (!files.includes('manifest.json')) {
        this.warn(`数据目录 ${root} 中没有 manifest.json：先运行 npm run ingest；页面将显示“数据缺失”提示。`);
      }
      for (const name of files) {
        this.emitFile({
          type: 'asset',
          fileName: `${DATA_URL_DIR}/${name}`,
          source: readFileSync(join(root, name)),
        });
      }
      if (!files.includes('manifest.json')) return;
      try {
        this.emitFile({
          type: 'asset',
          fileName: `${DATA_URL_DIR}/${SNAPSHOT_FILE}`,
          source: JSON.stringify(await snapshotFor(root)),
        });
      } catch (error) {
        // The app works without it (the first view then waits for DuckDB); the data error, if any,
        // is shown by the app itself.
        this.warn(`首屏快照未生成：${(error as Error).message}`);
      }
    },
    configureServer(server) {
      server.middlewares.use(`/${DATA_URL_DIR}/`, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (name === SNAPSHOT_FILE && dataFiles(root).includes('manifest.json')) {
          snapshotFor(root).then(
            (snapshot) => res.setHeader('Content-Type', 'application/json').end(JSON.stringify(snapshot)),
            next,
          );
          return;
        }
        if (!dataFiles(root).includes(name)) return next();
        res.setHeader(
          'Content-Type',
          name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
        );
        res.end(readFileSync(join(root, name)));
      });
    },
  };
}
