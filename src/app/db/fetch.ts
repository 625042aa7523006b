/** Reads files of data/ over HTTP relative to the page (works from any sub-path), with progress. */
import { DataError, type ReadFile } from './loader.ts';

export function dataUrl(file: string): string {
  return new URL(`data/${encodeURIComponent(file)}`, document.baseURI).href;
}

export const fetchDataFile: ReadFile = async (file, onProgress) => {
  let response: Response;
  try {
    response = await fetch(dataUrl(file));
  } catch (error) {
    throw new DataError('无法读取数据', `请求 data/${file} 失败：${(error as Error).message}`);
  }
  if (response.status === 404) {
    throw new DataError(
      '缺少数据文件',
      `未找到 data/${file}。请先运行 npm run ingest 生成数据，再重新构建（npm run build）。`,
    );
  }
  if (!response.ok || response.body === null) {
    throw new DataError('无法读取数据', `data/${file}：HTTP ${response.status} ${response.statusText}`);
  }
  const total = Number(response.headers.get('Content-Length')) || null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress?.(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
};

/**
 * Starts all downloads at once (they overlap with DuckDB's start-up) and reports the byte fraction
 * over all of them. Returns file → bytes promises; errors surface when a promise is awaited.
 */
export function downloadAll(
  files: readonly string[],
  onFraction: (fraction: number) => void,
): Map<string, Promise<Uint8Array>> {
  const loaded = new Map<string, number>();
  const totals = new Map<string, number>();
  const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0);
  const downloads = new Map<string, Promise<Uint8Array>>();
  for (const file of files) {
    const promise = fetchDataFile(file, (got, total) => {
      loaded.set(file, got);
      if (total !== null) totals.set(file, total);
      const all = sum(totals.values());
      if (all > 0) onFraction(Math.min(1, sum(loaded.values()) / all));
    });
    promise.catch(() => {}); // awaited (and reported) by the import step
    downloads.set(file, promise);
  }
  return downloads;
}
