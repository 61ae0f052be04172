#!/usr/bin/env node
// A small static file server for the built site, used by `npm start` and by the e2e tests.
// It serves DIR under the base path BASE (as a static host would), answers 404 with the
// site's 404 page, and never serves anything outside DIR.
//
//   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
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
  const body = file ?? fileFor(base + '404.html');
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('404 Not Found\n');
    return;
  }
  res.writeHead(status, {
    'content-type': types[extname(body)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(body).pipe(res);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Go Map Lab: serving ${root} at http://${values.host}:${values.port}${base}`);
});
