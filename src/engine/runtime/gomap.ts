// Go maps as the generated code and the natives see them: the GoMap interface, make's hint
// check, the nil-map write panic and the empty-map key check. The data structures behind the
// interface are the map runtime's models (maps/index.ts: go1.23 buckets, go1.27 Swiss tables).

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

export function makeMap(keyType: RType, elemType: RType, hint: unknown): GoMap {
  if (typeof hint === 'bigint' || (typeof hint === 'number' && hint < 0)) {
    if (hint < 0) throw runtimeError('makemap: size out of range');
  }
  // A hint only sizes the initial table. Above 2^20 entries the engine ignores it (as makemap
  // ignores hints whose memory would overflow), so a huge hint cannot exhaust the worker.
  const h = typeof hint === 'number' && hint <= 1 << 20 ? hint : 0;
  return newModelMap(keyType, elemType, h);
}

/** The mapassign variants by key algorithm (MAPSLOW..MAPFASTSTR, compile/mapfast.ts). */
const ASSIGN_FNS = ['mapassign', 'mapassign_fast32', 'mapassign_fast64', 'mapassign_fast64ptr', 'mapassign_faststr'];

/** m[k] = v on a nil map: the mapassign variant gc called panics (go1.27 internal/runtime/maps/runtime.go errNilAssign). */
export function nilMapWrite(alg = 0): never {
  const p = runtimeError('assignment to entry in nil map', false, true);
  p.raiser = { kind: 'mapassign', fn: ASSIGN_FNS[alg] ?? 'mapassign' };
  throw p;
}
