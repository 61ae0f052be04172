#!/usr/bin/env node
// Measures the two figures of DESIGN.md's performance budgets that depend on the browser, on the
// built site (dist/, built first unless --no-build), in headless Chromium:
//   1. JavaScript each page loads before any interaction, compressed (gzip -9 and brotli -11 of
//      each script response, as a static host would serve them). Budget: 150 KB.
//   2. Edit-to-result latency in the playground: from the Ctrl+Enter keydown (its event
//      timestamp) to the DOM mutation that shows the new output, measured inside the page, for a
//      program edited before each run. The first run (worker start, engine load) is reported
//      separately. Budget: 100 ms.
// This is a measurement, not a test: it prints figures and never fails on them.
//   node scripts/measure-pages.mjs [--no-build] [--runs 15]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { listPages } from '../e2e/pages.ts';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' }, runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

if (!values['no-build']) {
  const r = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', OUT_DIR: './dist' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = 4470;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const base = `http://127.0.0.1:${port}/`;

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  // 1. Compressed JS before interaction, per page.
  console.log('\nJavaScript loaded before interaction (compressed), budget 150 KB:');
  console.log('page'.padEnd(32), 'files'.padStart(5), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
  let worst = 0;
  for (const p of listPages('dist')) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies = [];
    page.on('response', async (res) => {
      const type = res.request().resourceType();
      if (type === 'script' || /\.m?js(\?|$)/.test(res.url())) bodies.push(res.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(base + p, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const bufs = await Promise.all(bodies);
    const raw = bufs.reduce((a, b) => a + b.length, 0);
    const gz = bufs.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0);
    const br = bufs.reduce((a, b) => a + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
    worst = Math.max(worst, gz);
    console.log(`/${p}`.padEnd(32), String(bufs.length).padStart(5), kb(raw).padStart(10), kb(gz).padStart(10), kb(br).padStart(10));
    await context.close();
  }
  console.log(`largest (gzip): ${kb(worst)} of 150 KB`);

  // 2. Edit-to-result latency in the playground.
  if (listPages('dist').includes('playground/')) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + 'playground/', { waitUntil: 'networkidle' });
    const pg = page.locator('gml-playground[data-scenario="hello"]');
    await pg.locator('.gml-pg-code').click();
    await pg.locator('.monaco-editor textarea').waitFor();
    await page.evaluate(() => {
      const w = window;
      w.__gml = { key: 0, out: 0, longTasks: [] };
      // Long tasks (over 50 ms) on the main thread while programs run.
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__gml.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      document.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) w.__gml.key = e.timeStamp;
      }, true);
      const body = document.querySelector('gml-playground[data-scenario="hello"] .gml-pg-output-body');
      new MutationObserver(() => {
        if (body.textContent.includes('edit-')) w.__gml.out = performance.now();
      }).observe(body, { childList: true, subtree: true, characterData: true });
    });
    const program = (i) => `package main\n\nimport "fmt"\n\nfunc main() {\n\tm := map[string]int{}\n\tfor i := 0; i < 100; i++ {\n\t\tm[fmt.Sprint(i%7)] += i\n\t}\n\tfmt.Println("edit-${i}", len(m), m["3"])\n}\n`;
    const times = [];
    const windows = [];
    let first = 0;
    await page.evaluate(() => { window.__gml.longTasks = []; });
    for (let i = 0; i <= runs; i++) {
      await pg.locator('.monaco-editor textarea').focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(program(i));
      await page.evaluate(() => { window.__gml.out = 0; });
      await page.keyboard.press('ControlOrMeta+Enter');
      await page.waitForFunction((n) => document.querySelector('gml-playground[data-scenario="hello"] .gml-pg-stdout')?.textContent?.startsWith(`edit-${n} `), i);
      const { key, out } = await page.evaluate(() => window.__gml);
      windows.push([key, out]);
      if (i === 0) first = out - key;
      else times.push(out - key);
    }
    console.log(`\nEdit-to-result latency, playground (Chromium, this machine), budget 100 ms:`);
    console.log(`  first run (starts the worker, loads the engine): ${first.toFixed(1)} ms`);
    console.log(`  next ${times.length} runs after an edit: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
    // A run of a CPU-bound program: the engine works in the worker, the main thread stays free.
    await pg.locator('.monaco-editor textarea').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('package main\n\nimport "fmt"\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() { fmt.Println("edit-fib", fib(30)) }\n');
    await page.evaluate(() => { window.__gml.out = 0; });
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.waitForFunction(() => document.querySelector('gml-playground[data-scenario="hello"] .gml-pg-stdout')?.textContent?.startsWith('edit-fib '), null, { timeout: 120_000 });
    const { key: fk, out: fo } = await page.evaluate(() => window.__gml);
    windows.push([fk, fo || performance.now()]);
    const all = await page.evaluate(() => window.__gml.longTasks);
    const during = all.filter((t) => windows.some(([a, b]) => t.start + t.duration > a && t.start < b));
    console.log(`\nMain-thread long tasks (> 50 ms) while programs ran (${runs + 1} edited runs and a fib(30) run of ${(fo - fk).toFixed(0)} ms): ${during.length}${during.length ? ` (${during.map((t) => t.duration.toFixed(0)).join(', ')} ms)` : ''}`);
    console.log(`  (outside the runs, while the test typed into the editor: ${all.length - during.length})`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
