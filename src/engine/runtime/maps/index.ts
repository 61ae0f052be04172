// The map runtime (Engine III).
//
// # Algorithm
//
//   entry.ts      the entry points the compiler calls (mapassign, mapaccess1/2, mapdelete,
//                 mapclear, mapiterinit/next), as scheduler steps with the writing-flag checks
//   buckets.ts    the data structure of go1.23 runtime/map.go (used for --go ≤ 1.23)
//   swiss.ts      the data structure of go1.27 internal/runtime/maps (--go ≥ 1.24)
//   model.ts      the contract between the entry points and the data structures
//   hash.ts       the seeded key hash both data structures use
//   traceback.ts  the runtime frames of map fatal errors; lines.ts their source lines per release
//
// newMap picks the data structure for the run's Go version; every map the program makes
// (make, literals, maps.Clone) comes from here.

import { cur } from '../state.ts';
import type { RType } from '../values.ts';
import type { GoMap } from '../gomap.ts';
import { hmap } from './buckets.ts';
import { SwissMap } from './swiss.ts';

export function newMap(keyType: RType, elemType: RType, hint: number): GoMap {
  const st = cur();
  if (st.goMinor <= 23) return new hmap(keyType, elemType, hint, st.rand);
  return new SwissMap(keyType, elemType, hint, st.rand, st.goMinor);
}
