#!/usr/bin/env node
// A small static file server for the built site, used by `npm start` and by the e2e tests.
// It serves DIR under the base path BASE (as a static host would), compresses text with brotli
// or gzip when the client accepts it, answers 404 with the site's 404 page, and never serves
// anything outside DIR.
//
//   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = resolve(values.dir);
const base = values.base === '/' ? '/' : `/${values.base.replace(/^\/+|\/+$/g, '')}/`;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.ttf': 'font/ttf',
};

try {
  statSync(join(root, 'index.html'));
} catch {
  console.error(`serve: ${root}/index.html not found; build the site first (npm run build)`);
  process.exit(1);
}

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.wasm']);
/** Compressed bodies, computed once per file and encoding (the build does not change while served). */
const cache = new Map();

/** The body of `file` in the best encoding the request accepts. */
function body(file, acceptEncoding) {
  const ext = extname(file);
  const raw = () => readFileSync(file);
  if (!compressible.has(ext)) return { encoding: null, data: raw() };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { encoding: null, data: raw() };
  const key = `${encoding}:${file}`;
  let data = cache.get(key);
  if (!data) {
    data =
      encoding === 'br'
        ? brotliCompressSync(raw(), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw(), { level: 9 });
    cache.set(key, data);
  }
  return { encoding, data };
}

/** Resolves a URL path to a file inside root, or null. */
function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let rel;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null;
  }
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null;
  for (const candidate of [full, join(full, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A static host redirects a directory without its trailing slash.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(url.pathname + '/')) {
    res.writeHead(301, { location: url.pathname + '/' + url.search });
    res.end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const target = file ?? fileFor(base + '404.html');
  if (!target) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('404 Not Found\n');
    return;
  }
  const { encoding, data } = body(target, String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    'content-type': types[extname(target)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'content-length': data.length,
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : data);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Go Map Lab: serving ${root} at http://${values.host}:${values.port}${base}`);
});
