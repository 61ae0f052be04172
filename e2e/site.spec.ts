// Site-wide behaviour of the built static site, run against the root build and the sub-path build
// (see playwright.config.ts projects). Chapter-specific behaviour lives in the chapters' own specs.
import { test, expect, chooseTheme, seriousA11yViolations } from './fixtures';

test('the landing page says what the site offers and links into the chapters', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('Go Map Lab');
  await expect(page.getByText('fatal error: concurrent map writes').first()).toBeVisible();
  const start = page.getByRole('link', { name: 'Read your crash' });
  await start.click();
  await expect(page).toHaveURL(/reading-the-crash\/$/);
});

test('sidebar navigation reaches every page', async ({ page, sitePages, baseURL }) => {
  const chapters = sitePages.filter((p) => p !== '');
  expect(chapters.length).toBeGreaterThan(0);
  await page.goto(chapters[0]!);
  const sidebar = page.locator('#starlight__sidebar');
  const hrefs = await sidebar.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const reached = new Set(hrefs.map((h) => new URL(h).pathname));
  const base = new URL(baseURL!).pathname;
  for (const p of chapters) expect(reached, `sidebar links to ${p}`).toContain(base + p);
  // Each sidebar link really navigates, and the site title leads back to the landing page.
  for (const p of chapters) {
    await page.locator('#starlight__sidebar').locator(`a[href="${base + p}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${p.replace(/[/]/g, '\\/')}$`));
    await expect(page.locator('#starlight__sidebar a[aria-current="page"]')).toHaveAttribute('href', base + p);
  }
  await page.locator('a.site-title').click();
  await expect(page).toHaveURL(new RegExp(`${base.replace(/[/]/g, '\\/')}$`));
});

test('search finds hashWriting', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: /search/i }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.locator('input.pagefind-ui__search-input').fill('hashWriting');
  const first = dialog.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await first.click();
  await expect(page.locator('main')).toContainText('hashWriting');
});

test('the chosen theme persists across navigation and reload', async ({ page, sitePages }) => {
  await page.goto('./');
  await chooseTheme(page, 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(sitePages.find((p) => p !== '')!);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await chooseTheme(page, 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('on a phone-sized viewport', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the menu opens and navigates', async ({ page, sitePages, baseURL }) => {
    const chapters = sitePages.filter((p) => p !== '');
    await page.goto(chapters[0]!);
    // Starlight's menu button opens the sidebar as a popover.
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeVisible();
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    await menu.click();
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar).toBeVisible();
    const target = chapters[chapters.length - 1]!;
    await sidebar.locator(`a[href="${new URL(baseURL!).pathname + target}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[/]/g, '\\/')}$`));
    // No horizontal scrolling of the page itself on a phone (wide code scrolls inside its box).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('every page loads cleanly and has no serious accessibility violation, in both themes', async ({ page, sitePages }) => {
  test.setTimeout(60_000 + sitePages.length * 20_000);
  for (const p of sitePages) {
    for (const theme of ['light', 'dark'] as const) {
      await page.goto(p);
      await chooseTheme(page, theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousA11yViolations(page), `axe on /${p} (${theme})`).toEqual([]);
    }
  }
});

test('a missing page gets the site 404 page with a way back', async ({ page, pageProblems }) => {
  const res = await page.goto('no-such-page/');
  expect(res?.status()).toBe(404);
  // The 404 response itself is expected here; anything else is still a problem.
  const expected = (p: string) => /^HTTP 404: .*no-such-page/.test(p) || /^console error: Failed to load resource: .* 404/.test(p);
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !expected(p)));
  await expect(page.locator('h1')).toContainText('404');
  await expect(page.locator('a.site-title')).toBeVisible();
});
