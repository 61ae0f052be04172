// Chapter 1, "Reading the crash", in the built site (root and sub-path builds).
import { readFileSync } from 'node:fs';
import { test, expect, chooseTheme, seriousA11yViolations } from './fixtures';

const CHAPTER = 'reading-the-crash/';
/** The ids of the <CrashOutput> uses in the chapter, in order. */
const uses = [...readFileSync(new URL('../content/docs/reading-the-crash.mdx', import.meta.url), 'utf8').matchAll(/<CrashOutput\b[^>]*?\bid="([^"]+)"/g)].map(
  (m) => m[1]!,
);

test('the chapter renders every captured output as a captioned figure', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(page.locator('h1')).toHaveText('Reading the crash');
  const figures = page.locator('figure.gml-crash');
  await expect(figures).toHaveCount(uses.length);
  expect(await figures.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-crash-id')))).toEqual(uses);

  const firstFigure = figures.first();
  await expect(firstFigure).toBeVisible();
  const caption = firstFigure.locator('figcaption');
  await expect(caption).toContainText('Go 1.23.5');
  await expect(caption).toContainText('GOTRACEBACK unset (single)');
  await expect(caption).toContainText('exit status 2');
  await expect(firstFigure.locator('.gml-fatal')).toHaveText('fatal error: concurrent map read and map write');
  await expect(firstFigure.locator('.gml-frame-user').first()).toHaveText('main.main()');
  await expect(firstFigure.locator('mark').first()).toHaveText('main.go:21');
  await expect(firstFigure).toContainText('hexadecimal values normalised');

  // The program, with line numbers the traceback refers to.
  await firstFigure.locator('summary').click();
  const line21 = firstFigure.locator('.gml-crash-srcline').nth(20);
  await expect(line21).toBeVisible();
  await expect(line21).toContainText('21');
  await expect(line21).toContainText('sink += m[i%100]');
});

test('version tabs switch the output: Go 1.27 prints one goroutine, Go 1.23 two', async ({ page }) => {
  await page.goto(CHAPTER);
  const versions = page.locator('starlight-tabs').filter({ has: page.locator('figure[data-crash-id="readwrite-1.27"]') });
  await versions.getByRole('tab', { name: '1.27' }).click();
  const f127 = versions.locator('figure[data-crash-id="readwrite-1.27"]');
  await expect(f127).toBeVisible();
  await expect(f127.locator('.gml-header')).toHaveCount(1);
  await expect(f127.locator('.gml-frame-runtime').first()).toContainText('internal/runtime/maps.fatal');
  await versions.getByRole('tab', { name: '1.23' }).click();
  const f123 = versions.locator('figure[data-crash-id="readwrite-1.23"]');
  await expect(f123).toBeVisible();
  await expect(f127).toBeHidden();
  await expect(f123.locator('.gml-header')).toHaveCount(2);
  await expect(f123.locator('.gml-created-by')).toHaveText('created by main.main in goroutine 1');
});

test('the GOTRACEBACK=crash output reports SIGABRT and status 134', async ({ page }) => {
  await page.goto(CHAPTER);
  const levels = page.locator('starlight-tabs').filter({ has: page.locator('figure[data-crash-id="readwrite-1.27-crash"]') });
  await levels.getByRole('tab', { name: 'crash' }).click();
  const fig = levels.locator('figure[data-crash-id="readwrite-1.27-crash"]');
  await expect(fig).toBeVisible();
  await expect(fig.locator('figcaption')).toContainText('killed by SIGABRT, shell status 134');
  await expect(fig.locator('code').first()).toContainText('$ GOTRACEBACK=crash ./readwrite');
});

test('headings are navigable from the table of contents', async ({ page }) => {
  await page.goto(CHAPTER);
  const headings = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent?.trim() ?? '' })));
  expect(headings.map((h) => h.text)).toEqual(
    expect.arrayContaining(['Anatomy of the output', 'GOTRACEBACK levels', 'The calling chain down to fatal', 'Exit codes', 'Why recover cannot help', 'A nil-map write is different']),
  );
  const toc = page.locator('starlight-toc nav').first();
  for (const h of headings) await expect(toc.locator(`a[href="#${h.id}"]`), h.id).toHaveCount(1);
  await toc.locator('a[href="#exit-codes"]').click();
  await expect(page).toHaveURL(/#exit-codes$/);
  await expect(page.locator('h2#exit-codes')).toBeInViewport();
  // In-page links in the prose resolve to headings too.
  const internal = await page.locator('main .sl-markdown-content a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of internal) await expect(page.locator(href), href).toHaveCount(1);
});

test.describe('on a phone-sized viewport', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('wide outputs scroll inside their box, not the page', async ({ page }) => {
    await page.goto(CHAPTER);
    const levels = page.locator('starlight-tabs').filter({ has: page.locator('figure[data-crash-id="readwrite-1.27-system"]') });
    await levels.getByRole('tab', { name: 'system' }).click();
    const pre = levels.locator('figure[data-crash-id="readwrite-1.27-system"] pre').first();
    await expect(pre).toBeVisible();
    const { scrollWidth, clientWidth } = await pre.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('outputs in every tab have no serious accessibility violation, in both themes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(CHAPTER);
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Show the last tab of every tab group, then the first: together they cover each kind of output.
    for (const pick of ['last', 'first'] as const) {
      const groups = page.locator('starlight-tabs');
      for (let i = 0; i < (await groups.count()); i++) {
        const tabs = groups.nth(i).getByRole('tab');
        await (pick === 'last' ? tabs.last() : tabs.first()).click();
      }
      expect(await seriousA11yViolations(page), `axe (${theme}, ${pick} tabs)`).toEqual([]);
    }
  }
});
