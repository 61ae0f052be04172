// The playground against the built site (root and sub-path builds). Expected program output is
// read from content/scenarios/observed (captured from real Go), never written here.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, chooseTheme } from './fixtures';
import { normaliseStderr } from '../scripts/lib/normalise.ts';
import { compile, run } from '../src/engine/index.ts';
import { PLAYGROUND_MEMORY_BYTES } from '../src/playground/protocol.ts';

function observed(id: string, go = '1.27'): { stdout: string; stderr: string; exitCode: number } {
  const o = JSON.parse(readFileSync(`content/scenarios/observed/${id}.json`, 'utf8'));
  return o.versions[go].output;
}
const observedStdout = (id: string, go = '1.27') => observed(id, go).stdout;

const hello = (page: Page) => page.locator('gml-playground[data-scenario="hello"]');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Replaces the editor's program by pasting it, as a reader would (no auto-indent or auto-closing). */
async function setProgram(page: Page, pg: ReturnType<typeof hello>, code: string) {
  await pg.locator('.gml-pg-code').click();
  // Monaco's first (cold) load can take seconds on a busy 2-core machine.
  await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await pg.locator('.monaco-editor textarea').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+V');
  // Monaco draws spaces as no-break spaces.
  const shown = async () => (await pg.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
  await expect.poll(shown).toContain(code.trim().split('\n').at(-1)!.trim());
}

/** A program from the front end's syntax-error corpus and go build's output for it (captured from go1.27). */
function syntaxErrorCase(name: string): { code: string; golden: string } {
  return {
    code: readFileSync(`tests/frontend/syntax/${name}.go`, 'utf8'),
    golden: readFileSync(`tests/frontend/syntax/${name}.golden`, 'utf8'),
  };
}

test('runs a scenario and shows real Go\'s output, with Monaco loaded only on demand', async ({ page }) => {
  await page.goto('playground/');
  const pg = hello(page);
  await expect(pg.locator('.gml-pg-code pre.shiki')).toBeVisible();
  expect(await page.locator('.monaco-editor').count()).toBe(0);
  await pg.getByRole('button', { name: 'Run' }).click();
  await expect(pg.locator('.gml-pg-stdout')).toHaveText(observedStdout('hello').replace(/\n$/, ''));
  await expect(pg.locator('.gml-pg-summary')).toContainText('exit status 0');
  await expect(pg.getByRole('status')).toContainText('exit status 0');
  // Running did not need the editor.
  expect(await page.locator('.monaco-editor').count()).toBe(0);
});

test('edit and re-run with Ctrl+Enter; a syntax error becomes a marker', async ({ page }) => {
  await page.goto('playground/');
  const pg = hello(page);
  await setProgram(page, pg, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("edited", 6*7)\n}\n');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(pg.locator('.gml-pg-stdout')).toHaveText('edited 42');
  await expect(pg.locator('.gml-pg-edited')).toBeVisible();

  const bad = syntaxErrorCase('call_missing_paren');
  await setProgram(page, pg, bad.code);
  await pg.getByRole('button', { name: 'Run' }).click();
  await expect(pg.locator('.gml-pg-stderr')).toHaveText(bad.golden.replace(/\n$/, ''));
  await expect(pg.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  // The position in the output is a link that moves the cursor there.
  await pg.locator('.gml-pg-srclink').first().click();
  await expect(pg.locator('.monaco-editor .current-line').first()).toBeVisible();
});

test('Stop ends an infinite loop at once', async ({ page }) => {
  await page.goto('playground/');
  const pg = hello(page);
  await setProgram(page, pg, 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n');
  await pg.getByRole('button', { name: 'Run' }).click();
  await expect(pg.getByRole('button', { name: 'Stop' })).toBeEnabled();
  const t0 = Date.now();
  await pg.getByRole('button', { name: 'Stop' }).click();
  await expect(pg.locator('.gml-pg-summary')).toHaveText('Stopped by you.');
  expect(Date.now() - t0).toBeLessThan(1000);
  // A fresh worker serves the next run.
  await setProgram(page, pg, 'package main\n\nfunc main() { println("again") }\n');
  await pg.getByRole('button', { name: 'Run' }).click();
  await expect(pg.locator('.gml-pg-stderr')).toHaveText('again');
});

test('a memory bomb ends with Go\'s out-of-memory error, where it ends in Node, and the page stays usable', async ({ page }) => {
  await page.goto('playground/');
  const pg = hello(page);
  const bomb = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tm := map[int][]int{}\n\tfor i := 0; ; i++ {\n' +
    '\t\tm[i] = make([]int, 1000)\n\t\tif i%4096 == 0 {\n\t\t\tfmt.Println(i)\n\t\t}\n\t}\n}\n';
  // The same program on the engine in Node, with the playground's limit (256 MiB of modelled heap).
  const c = compile(bomb, { go: '1.27', filename: 'prog.go' });
  if (!c.ok) throw new Error('the bomb does not compile');
  const node = run(c.program, { seed: 1, gomaxprocs: 4, absPath: '/tmp/gomaplab/prog.go', limits: { memoryBytes: PLAYGROUND_MEMORY_BYTES } });
  expect(node.limit).toBe('memory');
  await setProgram(page, pg, bomb);
  await pg.getByRole('button', { name: 'Run' }).click();
  const stderr = pg.locator('.gml-pg-stderr');
  await expect(stderr).toContainText('fatal error: out of memory', { timeout: 30_000 });
  await expect(stderr).toContainText(node.stderr.split('\n')[0]!);
  await expect(stderr).toContainText('runtime.makeslice(');
  // The browser stopped at the same allocation as Node.
  await expect(pg.locator('.gml-pg-stdout')).toHaveText(node.stdout.replace(/\n$/, ''));
  await expect(pg.locator('.gml-pg-summary')).toContainText('exit status 2 · memory limit (256 MiB) reached');
  await expect(pg.getByRole('status')).toContainText('memory limit');
  // The same worker serves the next run.
  await setProgram(page, pg, 'package main\n\nfunc main() { println("after") }\n');
  await pg.getByRole('button', { name: 'Run' }).click();
  await expect(pg.locator('.gml-pg-stderr')).toHaveText('after');
});

test('a share link round-trips the program and options', async ({ page, context }) => {
  await page.goto('playground/');
  const pg = hello(page);
  await setProgram(page, pg, 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("shared <b>not bold</b>") }\n');
  await pg.locator('[data-opt="go"]').selectOption('1.23');
  await pg.locator('[data-opt="seed"]').fill('77');
  await pg.getByRole('button', { name: 'Share' }).click();
  // The link is compressed asynchronously: wait for it to appear.
  await expect(pg.locator('.gml-pg-share-url')).toHaveValue(/\/playground\/#v1\./);
  const link = await pg.locator('.gml-pg-share-url').inputValue();
  const other = await context.newPage();
  await other.goto(link);
  const restored = hello(other);
  await expect(restored.locator('[data-opt="go"]')).toHaveValue('1.23');
  await expect(restored.locator('[data-opt="seed"]')).toHaveValue('77');
  await restored.getByRole('button', { name: 'Run' }).click();
  await expect(restored.locator('.gml-pg-stdout')).toHaveText('shared <b>not bold</b>');
  expect(await other.locator('.gml-pg-stdout b').count()).toBe(0);
});

test('reload keeps edits, and Reset restores the original', async ({ page }) => {
  await page.goto('playground/');
  const pg = hello(page);
  await setProgram(page, pg, 'package main\n\nfunc main() { println("kept") }\n');
  await expect(pg.locator('.gml-pg-edited')).toBeVisible();
  await page.waitForTimeout(400);
  await page.reload();
  await expect(hello(page).locator('.gml-pg-edited')).toBeVisible();
  await expect(hello(page).locator('.gml-pg-code')).toContainText('println("kept")');
  await hello(page).getByRole('button', { name: 'Reset' }).click();
  await expect(hello(page).locator('.gml-pg-edited')).toBeHidden();
  await page.reload();
  await expect(hello(page).locator('.gml-pg-edited')).toBeHidden();
  await expect(hello(page).locator('.gml-pg-code')).toContainText('counts[word]++');
});

test('the editor follows the dark theme', async ({ page }) => {
  await page.goto('playground/');
  await chooseTheme(page, 'dark');
  const pg = hello(page);
  await pg.locator('.gml-pg-code').click();
  await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  const bg = await pg.locator('.monaco-editor .monaco-editor-background').evaluate((e) => getComputedStyle(e).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect((r! + g! + b!) / 3).toBeLessThan(80);
  await chooseTheme(page, 'light');
  await expect
    .poll(async () => {
      const c = await pg.locator('.monaco-editor .monaco-editor-background').evaluate((e) => getComputedStyle(e).backgroundColor);
      const [r2, g2, b2] = c.match(/\d+/g)!.map(Number);
      return (r2! + g2! + b2!) / 3;
    })
    .toBeGreaterThan(180);
});

test.describe('on a phone-sized viewport', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  test('the controls fit and a run works', async ({ page }) => {
    await page.goto('playground/');
    const pg = hello(page);
    await pg.getByRole('button', { name: 'Run' }).tap();
    await expect(pg.locator('.gml-pg-stdout')).toHaveText(observedStdout('hello').replace(/\n$/, ''));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('every control is labelled and reachable by keyboard', async ({ page }) => {
  await page.goto('playground/');
  const pg = hello(page);
  for (const name of ['Go version', 'Seed', 'GOMAXPROCS', 'GOTRACEBACK']) await expect(pg.getByLabel(name)).toBeVisible();
  await pg.getByRole('button', { name: 'Run' }).focus();
  await page.keyboard.press('Enter');
  await expect(pg.locator('.gml-pg-summary')).toContainText('exit status 0');
});

test('a chapter\'s scenario runs where it is explained, on another Go version too', async ({ page }) => {
  await page.goto('reading-the-crash/');
  const pg = page.locator('gml-playground[data-scenario="nil-map-write"]');
  await pg.scrollIntoViewIfNeeded();
  for (const go of ['1.27', '1.19'] as const) {
    await pg.locator('[data-opt="go"]').selectOption(go);
    await pg.getByRole('button', { name: 'Run' }).click();
    const want = observed('nil-map-write', go);
    await expect(pg.locator('.gml-pg-summary')).toContainText(`exit status ${want.exitCode}`);
    await expect(pg.locator('.gml-pg-stdout')).toHaveText(want.stdout.replace(/\n$/, ''));
    const stderr = await pg.locator('.gml-pg-stderr').innerText();
    expect(normaliseStderr(stderr + '\n')).toBe(want.stderr);
  }
});

test('a map crash reproduces in the chapter, and its runtime frames link to their machine code', async ({ page }) => {
  await page.goto('reading-the-crash/');
  const pg = page.locator('gml-playground[data-scenario="loop-read-write"]');
  await pg.scrollIntoViewIfNeeded();
  // The first line is what real Go printed for this scenario (content/scenarios/observed).
  const o = JSON.parse(readFileSync('content/scenarios/observed/loop-read-write.json', 'utf8'));
  const first = o.versions['1.27'].outcomes[0].firstLine as string;
  await pg.locator('[data-opt="go"]').selectOption('1.27');
  await pg.locator('[data-opt="gotraceback"]').selectOption('system');
  await pg.getByRole('button', { name: 'Run' }).click();
  await expect(pg.locator('.gml-pg-summary')).toContainText('exit status 2');
  await expect(pg.locator('.gml-pg-stderr')).toContainText(first);
  const link = pg.locator('.gml-pg-asmlink', { hasText: 'runtime.mapaccess2_fast64' });
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/machine-code\/#asm-1\.27-mapaccess2_fast64-check$/);
  await expect(page.locator('[id="asm-1.27-mapaccess2_fast64-check"]')).toBeVisible();
});

test('Explore runs 100 schedules, tallies the outcomes, and replays one', async ({ page }) => {
  await page.goto('reading-the-crash/');
  const pg = page.locator('gml-playground[data-scenario="loop-write-write"]');
  await pg.scrollIntoViewIfNeeded();
  const o = JSON.parse(readFileSync('content/scenarios/observed/loop-write-write.json', 'utf8'));
  const first = o.versions['1.27'].outcomes[0].firstLine as string;
  await pg.getByRole('button', { name: 'Explore' }).click();
  const table = pg.locator('table.gml-pg-explore');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.locator('caption')).toContainText('100 runs');
  // Every schedule of two unbounded writers ends in real Go's error.
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr td').nth(0)).toHaveText('100');
  await expect(table.locator('.gml-pg-explore-line')).toHaveText(first);
  await expect(pg.getByRole('status')).toContainText('Explored 100 schedules');
  const replay = table.getByRole('button', { name: /^Run seed \d+$/ });
  const seed = await replay.innerText();
  await replay.click();
  await expect(pg.locator('[data-opt="seed"]')).toHaveValue(seed);
  await expect(pg.locator('.gml-pg-stderr')).toContainText(first);
  await expect(pg.locator('.gml-pg-summary')).toContainText(`seed ${seed}`);
});

test('the race detector reports a map race as go build -race does, with exit status 66', async ({ page }) => {
  await page.goto('playground/');
  const pg = hello(page);
  const golden = JSON.parse(readFileSync('tests/race/golden/1.27/write_read.json', 'utf8'));
  await setProgram(page, pg, readFileSync('tests/race/progs/write_read.go', 'utf8'));
  await pg.getByRole('checkbox', { name: 'Race detector (-race)' }).check();
  await pg.getByRole('button', { name: 'Run' }).click();
  await expect(pg.locator('.gml-pg-summary')).toContainText(`exit status ${golden.exitCode}`);
  await expect(pg.locator('.gml-pg-stderr')).toContainText('WARNING: DATA RACE');
  await expect(pg.locator('.gml-pg-stderr')).toContainText('runtime.mapassign_fast64()');
  await expect(pg.locator('.gml-pg-stderr')).toContainText(/Found 1 data race\(s\)/);
  await expect(pg.locator('.gml-pg-stdout')).toHaveText(golden.stdout.replace(/\n$/, ''));
});
