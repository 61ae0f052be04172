import { afterEach, describe, expect, it } from 'vitest';
import { clearEdit, loadEdit, saveEdit } from '../../src/playground/storage.ts';

class MemoryStorage {
  items = new Map<string, string>();
  failWrites = false;
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const g = globalThis as { localStorage?: unknown };
const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
function install(s: unknown) {
  Object.defineProperty(globalThis, 'localStorage', { value: s, configurable: true, writable: true });
}
afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
  else delete g.localStorage;
});

describe('saved edits', () => {
  it('are saved, restored and cleared per scenario', () => {
    install(new MemoryStorage());
    expect(loadEdit('a')).toBeNull();
    expect(saveEdit('a', 'package main // edited', 5)).toBe(true);
    expect(loadEdit('a')).toEqual({ code: 'package main // edited', savedAt: 5 });
    expect(loadEdit('b')).toBeNull();
    clearEdit('a');
    expect(loadEdit('a')).toBeNull();
  });

  it('degrade to "not saved" when storage refuses or is corrupt', () => {
    const s = new MemoryStorage();
    install(s);
    s.failWrites = true;
    expect(saveEdit('a', 'x')).toBe(false);
    s.items.set('gomaplab:edit:a', '{not json');
    expect(loadEdit('a')).toBeNull();
    s.items.set('gomaplab:edit:a', JSON.stringify({ code: 3 }));
    expect(loadEdit('a')).toBeNull();
    install(undefined);
    expect(saveEdit('a', 'x')).toBe(false);
    expect(loadEdit('a')).toBeNull();
  });
});
