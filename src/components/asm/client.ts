// Client behaviour of AsmView:
// - stamping: each listing is a <template> in a fixed-height box; it is put in the page when the
//   box comes near the viewport (or a deep link or keyboard jump needs it), so the page does not
//   carry all the chapter's instructions as live DOM at once;
// - linking: hovering or focusing a source line or an instruction highlights every element of the
//   same `data-k` (the `file:line` key) in the visible panel: the line and its amd64 and arm64
//   instructions; on focus the other columns scroll to the first linked row;
// - keyboard: one tab stop per column (roving tabindex); Up/Down/Home/End/PageUp/PageDown move
//   within the column, Left/Right jump to the linked row of the neighbouring column;
// - deep links: a fragment naming an annotation or a function view selects its Go version, marks
//   the annotation's line and instructions, and focuses the note.

const HL = 'asm-hl';
const TARGET = 'asm-target';

function columnsOf(panel: Element): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>('.asm-col')].sort((a, b) => Number(a.style.order) - Number(b.style.order));
}

function rowsOfColumn(col: Element): HTMLElement[] {
  return [...col.querySelectorAll<HTMLElement>('.asm-list > li.asm-r')];
}

function linked(panel: Element, key: string): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>(`li.asm-r[data-k="${key}"]`)];
}

function clear(panel: ParentNode, cls: string): void {
  for (const el of panel.querySelectorAll(`.${cls}`)) el.classList.remove(cls);
}

function highlight(panel: Element, key: string | null): void {
  clear(panel, HL);
  if (key !== null) for (const el of linked(panel, key)) el.classList.add(HL);
}

/** Scrolls `row` into view inside its scrolling column only (never the page). */
function scrollWithin(row: HTMLElement): void {
  const col = row.closest<HTMLElement>('.asm-col');
  if (!col) return;
  const r = row.getBoundingClientRect();
  const c = col.getBoundingClientRect();
  const head = col.querySelector<HTMLElement>('.asm-colhead')?.offsetHeight ?? 0;
  if (r.top < c.top + head || r.bottom > c.bottom) col.scrollTop += r.top - c.top - head - c.height / 3;
}

function focusRow(row: HTMLElement): void {
  const col = row.closest('.asm-col');
  if (col) for (const r of rowsOfColumn(col)) r.tabIndex = -1;
  for (const n of col?.querySelectorAll<HTMLElement>('.asm-note') ?? []) n.tabIndex = -1;
  row.tabIndex = 0;
  row.focus({ preventScroll: true });
  scrollWithin(row);
}

function onKey(e: KeyboardEvent, panel: HTMLElement): void {
  const row = (e.target as HTMLElement).closest<HTMLElement>('li.asm-r');
  if (!row) return;
  const col = row.closest<HTMLElement>('.asm-col')!;
  const rows = rowsOfColumn(col);
  const i = rows.indexOf(row);
  let next: HTMLElement | undefined;
  switch (e.key) {
    case 'ArrowDown':
      next = rows[i + 1];
      break;
    case 'ArrowUp':
      next = rows[i - 1];
      break;
    case 'PageDown':
      next = rows[Math.min(rows.length - 1, i + 15)];
      break;
    case 'PageUp':
      next = rows[Math.max(0, i - 15)];
      break;
    case 'Home':
      next = rows[0];
      break;
    case 'End':
      next = rows[rows.length - 1];
      break;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const cols = columnsOf(panel);
      const to = cols[cols.indexOf(col) + (e.key === 'ArrowRight' ? 1 : -1)];
      if (to) next = rowsOfColumn(to).find((r) => r.dataset['k'] === row.dataset['k']) ?? rowsOfColumn(to).find((r) => r.tabIndex === 0);
      break;
    }
    default:
      return;
  }
  e.preventDefault();
  if (next) focusRow(next);
}

function selectVersion(view: HTMLElement, go: string): void {
  const input = view.querySelector<HTMLInputElement>(`input[data-asm-version][value="${go}"]`);
  if (input && !input.checked) {
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** Puts a slot's listing in the page (once). */
function stamp(slot: Element): void {
  const t = slot.querySelector(':scope > template');
  if (!(t instanceof HTMLTemplateElement)) return;
  slot.replaceChildren(t.content.cloneNode(true));
  slot.setAttribute('data-asm-stamped', '');
}

/** The element with this id, stamping the listing that holds it if needed. */
function findById(id: string): HTMLElement | null {
  const el = document.getElementById(id);
  if (el) return el;
  for (const t of document.querySelectorAll<HTMLTemplateElement>('[data-asm-slot] > template')) {
    if (t.content.getElementById(id)) {
      stamp(t.parentElement!);
      return document.getElementById(id);
    }
  }
  return null;
}

function showTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.startsWith('asm-')) return;
  const el = findById(id);
  const view = el?.closest<HTMLElement>('[data-asm-view]');
  const panel = el?.closest<HTMLElement>('.asm-panel');
  if (!el || !view || !panel) return;
  const go = panel.dataset['go'];
  if (go) selectVersion(view, go);
  for (const slot of panel.querySelectorAll('[data-asm-slot]')) stamp(slot);
  clear(document, TARGET);
  const key = el.dataset['k'];
  if (key !== undefined) {
    for (const r of linked(panel, key)) r.classList.add(TARGET);
    for (const r of linked(panel, key)) if (!r.closest('.asm-col-src')) scrollWithin(r);
    el.tabIndex = -1;
    scrollWithin(el);
  }
  view.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

function init(view: HTMLElement): void {
  for (const panel of view.querySelectorAll<HTMLElement>('.asm-panel:not(.asm-diff)')) {
    panel.addEventListener('pointerover', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>('li[data-k]');
      highlight(panel, row?.dataset['k'] ?? null);
    });
    panel.addEventListener('pointerleave', () => {
      const active = document.activeElement as HTMLElement | null;
      highlight(panel, active && panel.contains(active) ? (active.dataset['k'] ?? null) : null);
    });
    panel.addEventListener('focusin', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>('li[data-k]');
      if (!row) return;
      const key = row.dataset['k']!;
      highlight(panel, key);
      // Bring the linked rows of the other columns into view.
      for (const col of columnsOf(panel)) {
        if (col.contains(row)) continue;
        const first = rowsOfColumn(col).find((r) => r.dataset['k'] === key);
        if (first) scrollWithin(first);
      }
    });
    panel.addEventListener('focusout', (e) => {
      if (!panel.contains(e.relatedTarget as Node | null)) highlight(panel, null);
    });
    panel.addEventListener('click', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>('li.asm-r');
      if (row) focusRow(row);
    });
    panel.addEventListener('keydown', (e) => onKey(e, panel));
  }
}

let started = false;

/** Wires every AsmView on the page (idempotent). */
export function initAsmViews(): void {
  if (started) return;
  started = true;
  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        stamp(e.target);
        near.unobserve(e.target);
      }
    },
    { rootMargin: '600px 0px' },
  );
  for (const slot of document.querySelectorAll('[data-asm-slot]')) near.observe(slot);
  for (const view of document.querySelectorAll<HTMLElement>('[data-asm-view]')) init(view);
  window.addEventListener('hashchange', showTarget);
  showTarget();
}
