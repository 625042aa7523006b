#!/usr/bin/env node
/**
 * A tiny static server for dist/ (node:http, no dependencies), bound to 127.0.0.1.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4173] [--base /sub/path/] [--host 127.0.0.1]
 *
 * Correct MIME types (application/wasm matters: DuckDB compiles the wasm while streaming it),
 * no directory listing, no path traversal. If the port is busy, a free port is used instead.
 * Prints the URL on stdout as "绩效看板已启动：<url>".
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.gz': 'application/gzip',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function normalizeBase(base) {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** Maps a request path to a file inside root, or null (outside root, not found, or not a file). */
function resolveFile(root, base, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (!pathname.startsWith(base)) return null;
  let relative = pathname.slice(base.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export function createStaticServer({ dir, base = '/' }) {
  const root = resolve(dir);
  const prefix = normalizeBase(base);
  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // "/sub" → "/sub/" so relative URLs in index.html resolve inside the sub-path.
    if (prefix !== '/' && url.split('?')[0] === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    const file = resolveFile(root, prefix, url);
    if (file === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到');
      return;
    }
    const { size, mtimeMs } = statSync(file);
    // Revalidation by ETag: a reload after a rebuild gets the new files, otherwise a cheap 304.
    const etag = `"${size.toString(16)}-${Math.trunc(mtimeMs).toString(16)}"`;
    const common = { ETag: etag, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, common).end();
      return;
    }
    res.writeHead(200, {
      ...common,
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
}

/** Listens on port (0 = any); if it is taken, falls back to a free port. Resolves the bound port. */
export function listen(server, port, host) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => {
      if (error.code === 'EADDRINUSE' && port !== 0) {
        server.off('error', onError);
        resolvePort(listen(server, 0, host));
      } else {
        reject(error);
      }
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolvePort(server.address().port);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: '/' },
    },
  });
  const port = Number.parseInt(values.port, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`无效端口：${values.port}\n`);
    process.exit(2);
  }
  try {
    if (!statSync(values.dir).isDirectory()) throw new Error();
  } catch {
    process.stderr.write(`未找到目录 ${values.dir}：请先运行 npm run build\n`);
    process.exit(2);
  }
  try {
    statSync(join(values.dir, 'index.html'));
  } catch {
    process.stderr.write(`提示：${values.dir} 中没有 index.html（只提供其中的文件）\n`);
  }
  const server = createStaticServer({ dir: values.dir, base: values.base });
  const bound = await listen(server, port, values.host);
  if (bound !== port && port !== 0) process.stderr.write(`端口 ${port} 已被占用，改用 ${bound}\n`);
  process.stdout.write(`绩效看板已启动：http://${values.host}:${bound}${normalizeBase(values.base)}\n`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
