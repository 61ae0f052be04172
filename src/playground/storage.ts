// Readers' edits are kept per scenario in localStorage, so leaving and coming back restores them.
// Storage can be missing or full (private modes, quotas): every call degrades to "not saved"
// instead of throwing, and the caller is told whether the save happened.
const PREFIX = 'gomaplab:edit:';

export interface SavedEdit {
  code: string;
  /** The original source the edit started from; a changed original invalidates nothing but is shown. */
  savedAt: number;
}

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadEdit(key: string): SavedEdit | null {
  const s = store();
  if (!s) return null;
  try {
    const raw = s.getItem(PREFIX + key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<SavedEdit>;
    return typeof v.code === 'string' && typeof v.savedAt === 'number' ? { code: v.code, savedAt: v.savedAt } : null;
  } catch {
    return null;
  }
}

/** Saves the edit; returns false if the browser refused (the edit then lives only in the page). */
export function saveEdit(key: string, code: string, now = Date.now()): boolean {
  const s = store();
  if (!s) return false;
  try {
    s.setItem(PREFIX + key, JSON.stringify({ code, savedAt: now } satisfies SavedEdit));
    return true;
  } catch {
    return false;
  }
}

export function clearEdit(key: string): void {
  try {
    store()?.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}
