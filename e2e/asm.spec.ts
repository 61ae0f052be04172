// Chapter 7, "The machine code": the AsmView components on the built site (root and sub-path).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, seriousA11yViolations, chooseTheme } from './fixtures';
import { asmAnchorFor } from '../src/components/asm/anchors.ts';

const PAGE = 'machine-code/';
const index = JSON.parse(readFileSync(join(import.meta.dirname, '../content/asm/data/index.json'), 'utf8')) as {
  versions: { go: string; functions: { id: string; symbol: string }[] }[];
};
const byId = (id: string) => `[id="${id}"]`;

/** Scrolls a function view's panel into view and waits until its listing is in the page. */
async function show(page: Page, panelId: string) {
  const panel = page.locator(byId(panelId));
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.locator('[data-asm-slot][data-asm-stamped]')).toHaveCount(1);
  return panel;
}

test('renders amd64, arm64 and the Go source for both versions, switching with the radio group', async ({ page }) => {
  await page.goto(PAGE);
  const panel127 = page.locator(byId('asm-1.27-mapaccess2_fast64'));
  const panel123 = page.locator(byId('asm-1.23-mapaccess2_fast64'));
  const view = page.locator('[data-asm-view]').filter({ has: panel127 });
  await show(page, 'asm-1.27-mapaccess2_fast64');
  await expect(panel127).toBeVisible();
  await expect(panel123).toBeHidden();
  await expect(panel127.locator('.asm-colhead')).toHaveText(['amd64', 'arm64', 'Go source']);
  await expect(panel127.locator('.asm-col-amd64 li', { hasText: 'CMPB 0x22(BX), $0x0' })).toBeVisible();
  await expect(panel127.locator('.asm-col-arm64 li', { hasText: 'MOVBU 34(R1), R3' })).toBeVisible();
  await expect(panel127.locator('.asm-col-src li', { hasText: 'if m.writing != 0 {' })).toBeVisible();

  const radios = view.getByRole('radio');
  await expect(radios).toHaveCount(3);
  await expect(view.getByRole('radio', { name: 'Go 1.27' })).toBeChecked();
  // Keyboard: arrow keys move within the radio group.
  await view.getByRole('radio', { name: 'Go 1.27' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(view.getByRole('radio', { name: 'Go 1.23' })).toBeChecked();
  await expect(panel123).toBeVisible();
  await expect(panel127).toBeHidden();
  await expect(panel123.locator('.asm-col-amd64 li', { hasText: 'TESTL $0x4, CL' })).toBeVisible();
  await expect(panel123.locator('.asm-col-arm64 li', { hasText: /TBZ \$2, R2/ })).toBeVisible();
});

test('hovering a source line highlights its instructions in both architectures, and the other way round', async ({ page }) => {
  await page.goto(PAGE);
  const panel = await show(page, 'asm-1.23-mapaccess1_fast64');
  const line = panel.locator('.asm-col-src li.asm-r', { hasText: 'if h.flags&hashWriting != 0 {' });
  await line.hover();
  await expect(line).toHaveClass(/asm-hl/);
  const hlAmd = panel.locator('.asm-col-amd64 li.asm-hl');
  const hlArm = panel.locator('.asm-col-arm64 li.asm-hl');
  await expect(hlAmd.locator('code')).toHaveText(['MOVZX 0x8(BX), CX', 'TESTL $0x4, CL', /^JE 0x/]);
  await expect(hlArm.locator('code')).toHaveText(['MOVBU 8(R1), R2', /^TBZ \$2, R2, /]);
  // From an instruction back to its source line.
  await panel.locator('.asm-col-arm64 li', { hasText: 'CALL runtime.fatal(SB)' }).hover();
  await expect(panel.locator('.asm-col-src li.asm-hl code')).toHaveText(['\t\tfatal("concurrent map read and map write")']);
  await expect(panel.locator('.asm-col-amd64 li.asm-hl code')).toHaveText([/^LEAQ /, 'MOVL $0x21, BX', 'CALL runtime.fatal(SB)']);
});

test('keyboard: one tab stop per column, arrows move and jump between linked rows', async ({ page }) => {
  await page.goto(PAGE);
  const panel = page.locator(byId('asm-1.27-mapaccess1_fast64'));
  const view = page.locator('[data-asm-view]').filter({ has: panel });
  await view.getByRole('radio', { name: 'Go 1.27' }).check();
  await show(page, 'asm-1.27-mapaccess1_fast64');
  await view.locator('input[data-asm-enc]').focus();
  await page.keyboard.press('Tab');
  const first = panel.locator('.asm-col-amd64 li.asm-r').first();
  await expect(first).toBeFocused();
  await expect(first).toHaveClass(/asm-hl/);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  const call = panel.locator('.asm-col-amd64 li.asm-r').nth(5);
  await expect(call).toHaveText(/CALL runtime\.mapaccess2_fast64\(SB\)/);
  await expect(call).toBeFocused();
  // Right: the linked source line (runtime_fast64.go:17), then its arm64 instruction.
  await page.keyboard.press('ArrowRight');
  const src = panel.locator('.asm-col-src li.asm-r', { hasText: 'p, _ := runtime_mapaccess2_fast64(typ, m, key)' });
  await expect(src).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(panel.locator('.asm-col-arm64 li.asm-r', { hasText: 'CALL runtime.mapaccess2_fast64(SB)' })).toBeFocused();
  await expect(panel.locator('.asm-col-amd64 li.asm-hl')).toHaveCount(1);
  // The focused row shows a visible focus ring.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  // Tab leaves the column in one step (roving tabindex).
  await page.keyboard.press('Tab');
  await expect(panel.locator('.asm-col-arm64 li:focus')).toHaveCount(0);
});

test('the diff view lines the versions up by step', async ({ page }) => {
  await page.goto(PAGE);
  const panel = await show(page, 'asm-1.27-mapassign_fast64');
  const view = page.locator('[data-asm-view]').filter({ has: panel });
  await view.getByRole('radio', { name: 'Differences' }).check();
  const table = view.locator('.asm-diff table');
  await expect(table).toBeVisible();
  await expect(panel).toBeHidden();
  const row = (step: string) => table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: step, exact: true }) });
  await expect(row('toggle').locator('td').nth(0)).toContainText('XORL $0x4, CX');
  await expect(row('toggle').locator('td').nth(1)).toContainText('XORL $0x1, DX');
  await expect(row('barrier').locator('td').nth(1)).toHaveText('no such step marked in this version');
  await view.getByRole('radio', { name: 'Go 1.27' }).check();
  await expect(table).toBeHidden();
  await expect(panel).toBeVisible();
});

test('every traceback anchor exists exactly once, and a deep link opens its version at the check', async ({ page }) => {
  await page.goto(PAGE);
  for (const v of index.versions) {
    for (const f of v.functions) {
      const anchor = asmAnchorFor(v.go, f.symbol);
      expect(anchor, f.symbol).not.toBeNull();
      // Listings not yet shown are still in their <template>: count both.
      const count = await page.evaluate((id) => {
        const sel = `[id="${CSS.escape(id)}"]`;
        let n = document.querySelectorAll(sel).length;
        for (const t of document.querySelectorAll('template')) n += t.content.querySelectorAll(sel).length;
        return n;
      }, anchor!);
      expect(count, anchor!).toBe(1);
    }
  }
  await page.goto(`${PAGE}#asm-1.23-mapassign_fast64-recheck`);
  const panel = page.locator(byId('asm-1.23-mapassign_fast64'));
  await expect(panel).toBeVisible();
  const note = page.locator(byId('asm-1.23-mapassign_fast64-recheck'));
  await expect(note).toBeFocused();
  await expect(note).toBeInViewport();
  await expect(panel.locator('.asm-col-amd64 li.asm-target code')).toContainText(['TESTL $0x4, SI']);
  // The playground's link for a 1.27 read frame.
  await page.goto(`${PAGE}#${asmAnchorFor('1.27', 'runtime.mapaccess1_fast64')}`);
  await expect(page.locator(byId('asm-1.27-mapaccess1_fast64'))).toBeVisible();
  await expect(page.locator(byId('asm-1.27-mapaccess1_fast64-check'))).toBeFocused();
});

test('addresses and encodings appear on demand; the licence notice is on the page', async ({ page }) => {
  await page.goto(PAGE);
  const panel = await show(page, 'asm-1.27-mapaccess2_fast64');
  const view = page.locator('[data-asm-view]').filter({ has: panel });
  const enc = panel.locator('.asm-col-amd64 li.asm-r .asm-ae').first();
  await expect(enc).toBeHidden();
  await view.getByLabel('Addresses and encodings').check();
  await expect(enc).toBeVisible();
  await expect(enc).toHaveText(/^0x[0-9a-f]+ [0-9a-f]+$/);
  await expect(page.locator('pre.asm-licence')).toContainText('Copyright © 2009 The Go Authors. All rights reserved.');
});

test.describe('on a phone-sized viewport', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the three columns stack without widening the page', async ({ page }) => {
    await page.goto(PAGE);
    const panel = await show(page, 'asm-1.27-mapaccess2_fast64');
    const amd = await panel.locator('.asm-col-amd64').boundingBox();
    const src = await panel.locator('.asm-col-src').boundingBox();
    const arm = await panel.locator('.asm-col-arm64').boundingBox();
    expect(src!.y).toBeGreaterThan(amd!.y + amd!.height - 1);
    expect(arm!.y).toBeGreaterThan(src!.y + src!.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('no serious accessibility violation on the chapter in either theme, with listings shown', async ({ page }) => {
  test.setTimeout(120_000);
  for (const theme of ['light', 'dark'] as const) {
    await page.goto(PAGE);
    await chooseTheme(page, theme);
    // Show three views (a read, a write, the iterator) and one diff, then audit the page.
    await show(page, 'asm-1.23-mapaccess1_fast64');
    await show(page, 'asm-1.27-mapassign_fast64');
    const iter = await show(page, 'asm-1.27-maps.Iter.Next');
    await page.locator('[data-asm-view]').filter({ has: iter }).getByRole('radio', { name: 'Differences' }).check();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await seriousA11yViolations(page), theme).toEqual([]);
  }
});

test('the page loads without the whole listing set as live DOM, and shows a listing without layout shift', async ({ page }) => {
  await page.goto(PAGE);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  expect(nodes).toBeLessThan(8000);
  const panel = page.locator(byId('asm-1.27-mapassign_fast64'));
  const slot = panel.locator('[data-asm-slot]');
  await expect(slot).not.toHaveAttribute('data-asm-stamped', '');
  const before = await slot.boundingBox();
  await panel.scrollIntoViewIfNeeded();
  await expect(slot).toHaveAttribute('data-asm-stamped', '');
  const after = await slot.boundingBox();
  expect(after!.height).toBe(before!.height);
});
