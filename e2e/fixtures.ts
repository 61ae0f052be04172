// Shared Playwright fixtures for the built site. Every test's page is watched: a console error,
// an uncaught exception, a failed request, an HTTP error or a request to another origin fails the
// test. Cross-origin requests are also aborted so a stray one cannot hang a test.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { listPages } from './pages.ts';

export { expect, listPages };

export interface SiteFixtures {
  /** Problems seen on the page so far; the fixture asserts it is empty at the end. */
  pageProblems: string[];
  /** Paths of every built page relative to the base URL, e.g. `''`, `reading-the-crash/`. */
  sitePages: string[];
}

export const test = base.extend<SiteFixtures>({
  pageProblems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, baseURL, pageProblems }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    await page.context().route(
      (url) => url.protocol.startsWith('http') && url.origin !== origin,
      (route) => {
        pageProblems.push(`cross-origin request: ${route.request().url()}`);
        return route.abort();
      },
    );
    page.on('console', (m) => {
      if (m.type() === 'error') pageProblems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => pageProblems.push(`uncaught: ${e.message}`));
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? '';
      // ERR_ABORTED is a request the browser cancelled itself (the page navigated away).
      if (new URL(r.url()).origin === origin && !error.includes('ERR_ABORTED')) pageProblems.push(`request failed: ${r.url()} (${error})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) pageProblems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await use(page);
    expect(pageProblems, 'console errors, failed or cross-origin requests').toEqual([]);
  },
  sitePages: async ({}, use, testInfo) => {
    const dist = String(testInfo.project.metadata['dist'] ?? 'dist');
    await use(listPages(dist));
  },
});

/** Runs axe on the page and returns the serious and critical violations, summarised. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Let the page finish its own idle-time work first: Expressive Code, for one, makes overflowing
  // code blocks focusable from a ResizeObserver callback scheduled with requestIdleCallback.
  // Two idle periods (their callback may be scheduled during ours), then a short settle.
  const idle = () =>
    page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
  await idle();
  await idle();
  await page.waitForTimeout(250);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** Sets Starlight's theme the way a reader does, through the theme select. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark' | 'auto'): Promise<void> {
  await page.locator('starlight-theme-select select').first().selectOption(theme);
}
