// Go maps with the language's semantics (Engine I). Engine III replaces the internals with
// the bucket (go1.23 runtime/map.go) and Swiss-table (go1.27 internal/runtime/maps) models
// behind the same GoMap interface; generated code and natives only use this interface.
//
// Model: entries live in insertion-ordered slot arrays (keys, vals) indexed by a JS Map
// from the canonical key (values.ts mapKey) to the slot. Deleting leaves a hole.
// Iteration starts at a random slot (from the run's seeded generator, as Go's mapiterinit
// picks a random start) and walks the slots present when it started, wrapping around;
// each visited key is looked up again so entries deleted during the iteration are not
// produced and the current value is returned (Go's semantics: entries added during the
// iteration may or may not be produced; here they are not).

import { Iface, mapKey, type RType } from './values.ts';
import { runtimeError, GoPanic, unhashableTypeErrorType } from './panic.ts';
import { cur } from './state.ts';
import { newMap as newModelMap } from './maps/index.ts';

export interface GoMap {
  readonly keyType: RType;
  readonly elemType: RType;
  len(): number;
  /** The slot value or undefined when absent. */
  get(k: unknown): unknown;
  has(k: unknown): boolean;
  set(k: unknown, v: unknown): void;
  delete(k: unknown): void;
  clear(): void;
  iter(rand: () => number): MapIter;
  /** All keys and values (for fmt's sorted printing and maps.Keys). */
  entries(): [unknown, unknown][];
}

export interface MapIter {
  /** Advances; false when done. key/val hold the entry. */
  next(): boolean;
  key: unknown;
  val: unknown;
}

const primitiveKinds = new Set(['bool', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'string']);

export class SlotMap implements GoMap {
  readonly keyType: RType;
  readonly elemType: RType;
  private readonly index = new Map<unknown, number>();
  keys: unknown[] = [];
  vals: unknown[] = [];
  private live = 0;
  private readonly direct: boolean;
  /** The writing flag and the runtime calls of the last mutation (maps/model.ts MapModel). */
  writing = 0;
  calls: string[] = [];
  /**
   * Swiss-table stand-in: the map has left the small (one group, no table) form, which
   * happens on the 9th entry and is never undone (go1.27 internal/runtime/maps/map.go
   * growToTable). Its deletes then call the non-inlined `(*table).Delete` (map.go:690), a
   * preemption point while `Map.writing` is set.
   */
  private hasTable = false;

  constructor(keyType: RType, elemType: RType) {
    this.keyType = keyType;
    this.elemType = elemType;
    this.direct = primitiveKinds.has(keyType.kind);
  }

  private k(k: unknown): unknown {
    return this.direct ? k : mapKey(this.keyType, k);
  }

  len(): number {
    return this.live;
  }

  get(k: unknown): unknown {
    if (this.live === 0) {
      emptyMapKeyCheck(this.keyType, k);
      return undefined;
    }
    const i = this.index.get(this.k(k));
    return i === undefined ? undefined : this.vals[i];
  }

  has(k: unknown): boolean {
    return this.index.has(this.k(k));
  }

  set(k: unknown, v: unknown): void {
    const key = this.k(k);
    const i = this.index.get(key);
    if (i !== undefined) {
      this.vals[i] = v;
      return;
    }
    if (this.keys.length > 64 && this.live * 2 < this.keys.length) this.compact();
    this.index.set(key, this.keys.length);
    this.keys.push(k);
    this.vals.push(v);
    this.live++;
    if (this.live > 8) this.hasTable = true;
  }

  delete(k: unknown): void {
    if (this.live === 0) {
      emptyMapKeyCheck(this.keyType, k);
      return;
    }
    if (this.calls.length > 0) this.calls.length = 0;
    if (this.hasTable && cur().goMinor >= 24) this.calls.push('internal/runtime/maps.(*table).Delete');
    const key = this.k(k);
    const i = this.index.get(key);
    if (i === undefined) return;
    this.index.delete(key);
    this.keys[i] = hole;
    this.vals[i] = undefined;
    this.live--;
  }

  clear(): void {
    this.index.clear();
    this.keys = [];
    this.vals = [];
    this.live = 0;
  }

  /** Drops holes; iterators in progress keep the old arrays and re-check each key. */
  private compact(): void {
    const keys: unknown[] = [], vals: unknown[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === hole) continue;
      this.index.set(this.k(this.keys[i]), keys.length);
      keys.push(this.keys[i]);
      vals.push(this.vals[i]);
    }
    this.keys = keys;
    this.vals = vals;
  }

  iter(rand: () => number): MapIter {
    return new SlotIter(this, rand);
  }

  lookupSlot(k: unknown): number | undefined {
    return this.index.get(this.k(k));
  }

  entries(): [unknown, unknown][] {
    const out: [unknown, unknown][] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== hole) out.push([this.keys[i], this.vals[i]]);
    return out;
  }
}

const hole = Symbol('deleted');

/**
 * Lookups and deletes on an empty map do not hash the key; since go1.24 (Swiss maps,
 * go1.27 internal/runtime/maps/map.go mapKeyError) they still reject an unhashable
 * dynamic key type, with unhashableTypeError's message; before, they hashed it.
 */
export function emptyMapKeyCheck(t: RType, k: unknown): void {
  if (t.kind !== 'interface' || k === null) return;
  const it = (k as Iface).t;
  if (it.comparable) return;
  if (cur().goMinor >= 24) throw new GoPanic(new Iface(unhashableTypeErrorType, 'hash of unhashable type: ' + it.str), new Error());
  mapKey(t, k);
}

class SlotIter implements MapIter {
  key: unknown = undefined;
  val: unknown = undefined;
  private readonly m: SlotMap;
  private readonly keys: unknown[];
  private readonly n: number;
  private readonly start: number;
  private i = 0;

  constructor(m: SlotMap, rand: () => number) {
    this.m = m;
    this.keys = m.keys;
    this.n = m.keys.length;
    this.start = this.n === 0 ? 0 : Math.floor(rand() * this.n);
  }

  next(): boolean {
    while (this.i < this.n) {
      let j = this.start + this.i++;
      if (j >= this.n) j -= this.n;
      const k = this.keys[j];
      if (k === hole) continue;
      const m = this.m;
      // Slots are never reused, so a live slot of the current arrays is this entry (a NaN
      // key included, which no lookup can find again).
      if (m.keys === this.keys) {
        this.key = k;
        this.val = m.vals[j];
        return true;
      }
      const slot = m.lookupSlot(k);
      if (slot === undefined) continue;
      this.key = k;
      this.val = m.vals[slot];
      return true;
    }
    return false;
  }
}

export function makeMap(keyType: RType, elemType: RType, hint: unknown): GoMap {
  if (typeof hint === 'bigint' || (typeof hint === 'number' && hint < 0)) {
    if (hint < 0) throw runtimeError('makemap: size out of range');
  }
  // A hint only sizes the initial table. Above 2^20 entries the engine ignores it (as makemap
  // ignores hints whose memory would overflow), so a huge hint cannot exhaust the worker.
  const h = typeof hint === 'number' && hint <= 1 << 20 ? hint : 0;
  return newModelMap(keyType, elemType, h);
}

export function nilMapWrite(): never {
  throw runtimeError('assignment to entry in nil map', false, true);
}
