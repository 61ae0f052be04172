// scripts/serve.mjs serves a build the way a static host does: only under its base path, never
// outside its folder, with the site's 404 page and directory redirects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';

let server: ChildProcess;
let port = 0;

function get(path: string): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'gml-serve-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'chapter'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dist, '404.html'), '<h1>404 page</h1>');
  writeFileSync(join(dist, 'chapter', 'index.html'), '<h1>chapter</h1>');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  port = 20000 + Math.floor(Math.random() * 20000);
  server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--base', '/sub/', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
});

afterAll(() => {
  server.kill();
});

describe('scripts/serve.mjs', () => {
  it('serves pages under the base path', async () => {
    expect(await get('/sub/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(await get('/sub/chapter/')).toMatchObject({ status: 200, body: '<h1>chapter</h1>' });
  });

  it('redirects a directory without its trailing slash', async () => {
    expect(await get('/sub/chapter?x=1')).toMatchObject({ status: 301, location: '/sub/chapter/?x=1' });
  });

  it('answers 404 with the site 404 page outside the base or for missing files', async () => {
    expect(await get('/chapter/')).toMatchObject({ status: 404, body: '<h1>404 page</h1>' });
    expect(await get('/sub/missing/')).toMatchObject({ status: 404, body: '<h1>404 page</h1>' });
  });

  it('never serves files outside its folder', async () => {
    for (const p of ['/sub/../secret.txt', '/sub/%2e%2e/secret.txt', '/sub/..%2fsecret.txt', '/sub/%2e%2e%2fsecret.txt']) {
      const r = await get(p);
      expect(r.body, p).not.toContain('secret');
    }
  });
});
