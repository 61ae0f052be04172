// The contract between the runtime's map entry points (maps/entry.ts: the functions the
// compiler calls, with the writing-flag checks) and the two data-structure models:
//   - buckets.ts: go1.23 runtime/map.go and map_fast*.go (used for --go ≤ 1.23)
//   - swiss.ts:   go1.27 internal/runtime/maps (used for --go ≥ 1.24)
// Each model is a plain, synchronous data structure: an operation runs to completion when
// called. The entry layer owns the writing flag and the scheduling steps around it; the model
// reports which non-inlined runtime functions an operation called (`calls`), because those
// prologues are where a goroutine can be preempted while the flag is set (DESIGN.md,
// simulation model).

import type { GoMap, MapIter } from '../gomap.ts';
import type { RType } from '../values.ts';

/** One runtime step of a map operation, for the visual panes and tests. */
export interface MapStep {
  /** e.g. 'bucket', 'overflow', 'hashGrow', 'evacuate', 'group', 'rehash', 'split'. */
  kind: string;
  /** Small numeric details: bucket index, group index, table index, B, ... */
  detail: Record<string, number>;
}

export interface MapModel extends GoMap {
  readonly model: 'buckets' | 'swiss';
  /**
   * The writing indicator: go1.23 `hmap.flags & hashWriting` (stored as 0 or hashWriting=4),
   * go1.27 `Map.writing` (0 or 1). Only the entry layer reads and writes it.
   */
  writing: number;
  /**
   * Go names (as tracebacks print them) of the non-inlined runtime functions the last
   * mutation (set/delete/clear) called while the writer held the flag, in call order; e.g.
   * ['runtime.hashGrow', 'runtime.growWork_fast64'] or ['internal/runtime/maps.(*table).Delete'].
   * Reset at the start of each mutation.
   */
  calls: string[];
  /**
   * Bytes of each allocation the last mutation made (bucket arrays, overflow buckets, groups,
   * tables, directories), for the time the entry layer charges for it. Reset with `calls`.
   */
  allocs: number[];
  /** Receives each runtime step when set (null: no tracing, the fast path). */
  trace: ((s: MapStep) => void) | null;
  iter(rand: () => number): ModelIter;
  /** Throws an Error naming the broken invariant. */
  checkInvariants(): void;
  /** A deep, JSON-serialisable copy of the internal state (for the map pane and tests). */
  state(): unknown;
}

export interface ModelIter extends MapIter {
  /**
   * True when the last next() looked the entry up in the map again because the map grew
   * since the iteration started (go1.27 table.go Iter.Next → grownKeyElem → getWithKey, which
   * re-checks the writing flag with the read message). Always false for buckets.
   */
  lookedUp: boolean;
}

export type ModelCtor = new (keyType: RType, elemType: RType, hint: number, rand: () => number) => MapModel;
