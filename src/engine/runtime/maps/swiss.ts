// The Swiss-table map model: go1.27 internal/runtime/maps (map.go, table.go, group.go,
// runtime_fast64.go, runtime_faststr.go, runtime_fast32.go, runtime.go, table_debug.go), used for
// --go ≥ 1.24, with the differences of go1.24.4, go1.25.12 and go1.26.11 gated by `minor` (see
// "Versions" below). Identifiers are Go's; line numbers are go1.27.4's unless a release is named.
//
// Storage. A map holds either nothing (dirPtr nil: `make` with hint ≤ 8 allocates lazily), a
// single 8-slot group (a "small map", dirLen 0, no table), or a directory of tables (dirLen =
// 1 << globalDepth > 0). A group is 8 key/elem slots (abi.MapGroupSlots; go1.24 called it
// abi.SwissMapGroupSlots) and 8 control bytes (ctrlGroup): ctrlEmpty 0b10000000, ctrlDeleted
// 0b11111110 (a tombstone), or 0b0hhhhhhh for a full slot, where h is H2, the low 7 bits of the
// key's 64-bit hash. H1 (hash >> 7) picks the first group of the probe sequence; the sequence
// is quadratic over groups (p(i) = h1 + i(i+1)/2 mod groups, probeSeq), which visits every group
// once because the group count is a power of two. A lookup compares H2 against the 8 control
// bytes (matchH2), compares keys only on a match, and stops at the first group with an empty
// slot (matchEmpty). Small maps never probe and never hold tombstones.
//
// Tables. A table has `capacity` slots (a power of two, 16..maxTableCapacity=1024 here) and
// `growthLeft`, the inserts left before a rehash: capacity*7/8 (maxAvgGroupLoad) minus used
// minus tombstones. Deleting from a group that still has an empty slot empties the slot
// (growthLeft++); deleting from a full group leaves a tombstone (growthLeft unchanged), because a
// probe sequence may run through that group. Inserting prefers the first tombstone met on the
// probe sequence (growthLeft unchanged). When growthLeft is 0, the fast assign paths first try
// pruneTombstones (remove tombstones no probe sequence needs, if that frees ≥ 10%); then the
// table rehashes: grow doubles the capacity into a new table, or, when that would exceed 1024
// slots, split divides it into two 1024-slot tables by the next hash bit from the top
// (extendible hashing). The directory is indexed by the top globalDepth bits of the hash
// (directoryIndex); a table of localDepth covers 2^(globalDepth-localDepth) consecutive
// entries starting at its `index`; splitting a table whose localDepth == globalDepth first
// doubles the directory (installTableSplit). A replaced table gets index -1 (stale).
//
// Invariants (checkInvariants): Map.used is the sum of the tables' used, which count full
// slots; growthLeft == capacity*7/8 - used - tombstones; full control bytes hold H2 of their key;
// every key is found by its own probe sequence in the table its directory index selects, once;
// every table keeps an empty slot; a group holds tombstones only while it has no empty slot
// (so the fast and the generic assign probes, runtime_fast64.go:247 and runtime.go:209, choose
// the same slot; this model implements the fast one); directory entries of a table are the
// 2^(globalDepth-localDepth) consecutive entries from its index; dirLen == 1 << globalDepth.
//
// Iteration follows Iter.Init/Iter.Next (table.go:741, 873): random entryOffset and dirOffset;
// the directory walk starts at the first entry of the table the random offset lands in and
// skips the other entries of the same table (nextDirIdx); the iterator keeps the table it
// started (even once replaced) so no entry is produced twice, and when that table is stale
// (index -1, the map grew) each key is looked up again in the current map (grownKeyElem →
// getWithKey) so deleted entries are skipped and current values produced; a key that is not
// equal to itself (NaN) is produced from the old group unless the map was cleared (clearSeq).
//
// Representation. Keys are canonicalised by values.ts mapKey (skipped for primitive kinds,
// as the engine does for primitive keys) and compared with ===; groups are struct-of-arrays (Groups): a Uint8Array of
// control bytes, canonical keys, the Go key values (`okeys`, the same array when keys are
// primitive) and elems. The 64-bit hash is hash.ts hash64 (low 32 bits) and hashHi (high 32):
// H2 = lo & 0x7f, H1's low bits = (lo >>> 7 | hi << 25), the directory index = hi >>> (32 -
// globalDepth), the split bit for localDepth d = bit (32 - d) of hi. Seeds and iterator offsets
// come from the run's `rand` (uint32 of rand() * 2^32).
//
// `calls`: the preemptible functions (with a stack-split prologue in the go1.27.4 linux/amd64
// build; verified with `go tool objdump` of a program using the maps) that a mutation calls
// while the writing flag is set, each listed once at its first call. The list follows the calls
// made by code of internal/runtime/maps (including the key type's Hasher and Equal, called
// indirectly) and stops at the first function outside it; nosplit, leaf and inlined callees
// are not listed. Observed in go1.27.4:
//   - mapassign_fast64/fast32 (runtime_fast64.go:182, runtime_fast32.go:187): the table path
//     makes no call except pruneTombstones (:294) and rehash (:313); putSlotSmallFast64/32 is a
//     leaf without prologue; growToSmall, growToTable and uncheckedPutSlotForAssignFast64 have
//     prologues.
//   - mapassign_faststr (runtime_faststr.go:261): the same, but putSlotSmallFastStr (:187) has a
//     prologue (it stores a string: write barrier call); runtime.memequal is nosplit.
//   - mapassign_fast64ptr: putSlotSmallFastPtr has a prologue.
//   - mapassign (runtime.go:143, every other key type): putSlotSmall (map.go:556); the key's
//     Equal on each H2 match (listed when it has a prologue: strequal, interequal,
//     nilinterequal, generated type:.eq.* with calls); typedmemmove (the linkname shim
//     internal/runtime/maps.typedmemmove, mbarrier.go:235, has a prologue; runtime.typedmemmove
//     itself is nosplit) for every new key and for existing keys that NeedKeyUpdate; no
//     pruneTombstones (runtime.go:263 rehashes directly).
//   - growToSmall → newarray shim; growToTable → newTable (runtime.newobject, (*table).reset →
//     newarray shim), per entry Hasher and (*table).uncheckedPutSlot (→ typedmemmove shim),
//     runtime.makeslice; rehash → grow (newTable, per-entry puts) or split (newTable twice,
//     per-entry puts, installTableSplit, runtime.makeslice when the directory doubles);
//     replaceTable and checkInvariants are inlined / compiled out.
//   - (*Map).Delete (map.go:668, reached from mapdelete_fast64/faststr/mapdelete without the
//     flag) sets the flag, then calls deleteSmall (map.go:708) or (*table).Delete (table.go:478;
//     map.go:690), both with prologues, which call Equal per H2 match and the typedmemclr shim
//     for the removed elem (and key with pointers); then the rand shim (rand.go:186, prologue)
//     when the map became empty (map.go:699).
//   - (*Map).Clear (map.go:756, from mapclear): clearSmall or (*table).Clear per table (each →
//     typedmemclr shim when it holds entries), then the rand shim (map.go:786).
// Not modelled: a non-escaping map whose group the compiler allocates on the stack (no
// growToSmall call), and calls below the first function outside the package (mallocgc, ...).
//
// Versions. internal/runtime/maps/*.go, runtime/map_swiss.go (go1.24, 1.25) / runtime/map.go
// (go1.26, 1.27) and walk.go mapfast compared release by release; `go tool objdump` of one
// program per release for the prologues. Differences that change what a program can observe,
// modelled here (or in entry.ts / maps.Clone, as named):
//   - A small map holding 8 entries: go1.24-1.26 grow it to a table on the next assign, even one
//     that updates an existing key (go1.24 runtime_fast64.go:220, go1.25 :220, go1.26 :221;
//     generic mapassign go1.24/1.25 runtime_swiss.go:222/:219, go1.26 runtime.go:237; the TODO
//     at go1.26 map.go:515), and the assign then takes the table path; go1.27 looks for the key
//     first and grows only when no slot is free (go1.27 runtime_fast64.go:211-229, inserting
//     with uncheckedPutSlotForAssignFast64, :151). Seen in the layout goldens
//     (small-full-update) and in tracebacks (the exit check of a growing assign: entry.ts).
//   - Preemption points (`calls`): putSlotSmallFast64/Fast32 have a stack-split prologue in
//     go1.24-1.26 and none in go1.27 (objdump), so on one P a small-map writer of 7 keys crashes
//     a reader on go1.24-1.26 only (tests/maps/repro/onep_small.go); the
//     uncheckedPutSlotForAssign* functions exist from go1.27 only (table.go:436).
//   - pruneTombstones (go1.25 table.go:508) does not exist in go1.24, whose tables grow instead
//     (churn goldens: 50 keys, 5000 delete/insert rounds end at 256 slots on go1.24, 128 later);
//     mapassign_fast64ptr calls it from go1.27 only (go1.27 runtime_fast64.go:511).
//   - tombstonePossible (go1.25 map.go:241) does not exist in go1.24: go1.24's Clear returns
//     when the map has no entries (go1.24 map.go:726), leaving tombstones, clearSeq and the seed
//     as they are; go1.25+ clear such a map when a delete may have left a tombstone (go1.25
//     map.go:732), with the writing-flag checks (entry.ts mapclear). go1.24's (*table).Clear
//     (table.go:494) zeroes every group; go1.25 (table.go:598) skips an empty table and zeroes
//     only groups with a full slot; go1.26 (table.go:600) zeroes every group when more than a
//     quarter of them may be full (not observable: the same typedmemclr call either way).
//   - maps.Clone: go1.24 runtime/map_swiss.go:337 mapclone2 makes a new map with hint = used
//     (a new seed) and Puts every entry an Iter produces; each Iter.Next checks the flag
//     ("concurrent map iteration and map write", go1.24 table.go:683); go1.25+ (*Map).Clone
//     (go1.25 map.go:780, go1.26 :784, go1.27 :805) checks once ("concurrent map clone and map
//     write", :783/:787/:808) and copies the struct and each table (same seed and layout).
//   - Race reports: go1.24-1.26's generic mapaccess2 reports with mapaccess1's pc (go1.26
//     runtime.go:134; entry.ts); go1.27's mapaccess1* call mapaccess2* (runtime.go:57,
//     runtime_fast64.go:16), which tracebacks and race reports show (traceback.ts, race.ts).
//   - Generated hash/equality functions are named by the key type up to go1.26
//     (type:.eq.main.S) and by signature from go1.27 (type:.eq.M4K4S): keyAlg.
//   - The fatal "small map with no empty slot (concurrent map writes?)" of go1.24-1.26
//     putSlotSmall* (go1.24 map.go:563, runtime_fast64.go:178/348, runtime_fast32.go:178,
//     runtime_faststr.go:246; go1.26 map.go:571) fires when racing writers lost an m.used
//     increment; it is not modelled, as the model's operations are atomic (no torn update).
// Compared and found the same in go1.24-1.27 (not observable, or identical): NewMap and the
// hint rules, maxAvgGroupLoad 7/8, maxTableCapacity 1024, 8-slot groups, rehash/grow/split and
// installTableSplit, directoryIndex, the probe sequence, Delete and deleteSmall, the seed draws
// (NewMap, a Delete that empties the map, Clear), Iter.Init/Next and grownKeyElem (table.go:542/
// 674 in go1.24 ... :741/873 in go1.27, only a comment changed), the fatal messages and where
// the flag is checked and toggled (besides the above), walk.go mapfast. Internal only: go1.25's
// getWithKeySmall uses matchH2 (go1.24 compares byte by byte: same result); clearSeq++ moved
// (go1.24 map.go:748/771, go1.25 :757: same effect); go1.27 inlines the AES hash in the fast
// paths (runtime_fast64.go:196; same hash, before the flag is set), adds GOEXPERIMENT
// mapsplitgroup (group.go:247, byte layout only) and an arm64 matchH2; go1.26's Use64BitHash
// concerns wasm; mapaccess1_fat uses mapaccess2 in go1.27 (runtime/map.go:94).
//
// Model limits: the small map is `dirPtr` and the directory is `directory` (Go uses dirPtr for
// both); tables are allocated eagerly as in NewMap, so a hint needing more than 2^14 tables
// (over ~14M entries) throws a RangeError instead of allocating gigabytes; hints NewMap rejects
// (memory above maxAlloc) give an empty map as in Go. Trace steps for the small group use
// table -1. state().directory holds each entry's table `index`.

import { mapKey, type Iface, type RType } from '../values.ts';
import { emptyMapKeyCheck } from '../gomap.ts';
import { hash64, hashHi } from './hash.ts';
import type { MapModel, MapStep, ModelIter } from './model.ts';

/** Maximum capacity of a table before it splits (table.go:20). */
export const maxTableCapacity = 1024;
/** abi.MapGroupSlots (internal/abi/map.go; abi.SwissMapGroupSlots in go1.24). */
export const MapGroupSlots = 8;
/** Maximum load factor prior to growing: 7/8 (group.go:20). */
export const maxAvgGroupLoad = 7;
export const ctrlEmpty = 0b10000000;
export const ctrlDeleted = 0b11111110;
/** MapMaxKeyBytes / MapMaxElemBytes: larger keys/elems are stored indirectly. */
const maxKeyElemBytes = 128;
/** runtime.maxAlloc on linux/amd64 (1 << heapAddrBits). */
const maxAlloc = 2 ** 48;
/** Directory size above which the model refuses a hint (Go would allocate gigabytes). */
const maxModelDirSize = 1 << 14;

const P = 'internal/runtime/maps.';
const fnGrowToSmall = P + '(*Map).growToSmall';
const fnGrowToTable = P + '(*Map).growToTable';
const fnNewTable = P + 'newTable';
const fnReset = P + '(*table).reset';
const fnNewarray = P + 'newarray';
const fnNewobject = P + 'newobject';
const fnTypedmemmove = P + 'typedmemmove';
const fnTypedmemclr = P + 'typedmemclr';
const fnRand = P + 'rand';
const fnUncheckedPutSlot = P + '(*table).uncheckedPutSlot';
const fnRehash = P + '(*table).rehash';
const fnGrow = P + '(*table).grow';
const fnSplit = P + '(*table).split';
const fnInstallTableSplit = P + '(*Map).installTableSplit';
const fnPruneTombstones = P + '(*table).pruneTombstones';
const fnTableDelete = P + '(*table).Delete';
const fnDeleteSmall = P + '(*Map).deleteSmall';
const fnTableClear = P + '(*table).Clear';
const fnClearSmall = P + '(*Map).clearSmall';
const rtNewobject = 'runtime.newobject';
const rtMakeslice = 'runtime.makeslice';

const noCalls: string[] = Object.freeze([]) as unknown as string[];

// ---------------------------------------------------------------------------------------------
// The key type's algorithms (cmd/compile/internal/types/size.go AlgType, walk/walk.go mapfast,
// reflectdata/alg.go eqSignature/genhash/geneq, reflectdata/reflect.go needkeyupdate).

type AlgKind = 'MEM' | 'SPECIAL' | 'STRING' | 'FLOAT32' | 'FLOAT64' | 'INTER' | 'NILINTER' | 'NOEQ';

/** Which runtime entry points the compiler uses for the map type. */
export type MapVariant = 'fast32' | 'fast64' | 'fast64ptr' | 'faststr' | 'slow';

export interface KeyAlg {
  variant: MapVariant;
  /** eqSignature of the key type (reflectdata/alg.go:639). */
  sig: string;
  /** The key's Hasher/Equal as tracebacks name them. */
  hasherName: string;
  equalName: string;
  /** Whether they have a stack-split prologue (a preemption point). */
  hasherPreempt: boolean;
  equalPreempt: boolean;
  needKeyUpdate: boolean;
  indirectKey: boolean;
  indirectElem: boolean;
  keyPointers: boolean;
  /** Whether a key value can be unequal to itself (contains a float). */
  nanPossible: boolean;
}

function hasPointers(t: RType): boolean {
  switch (t.kind) {
    case 'string': case 'slice': case 'ptr': case 'map': case 'func': case 'interface': case 'chan': case 'unsafe.Pointer':
      return true;
    case 'array':
      return t.len > 0 && hasPointers(t.elem!);
    case 'struct':
      return t.fields.some((f) => hasPointers(f.type));
    default:
      return false;
  }
}

const algPriority: Record<AlgKind, number> = { MEM: 0, STRING: 1, FLOAT32: 1, FLOAT64: 1, INTER: 1, NILINTER: 1, SPECIAL: 2, NOEQ: 3 };

function algType(t: RType): AlgKind {
  switch (t.kind) {
    case 'float32': return 'FLOAT32';
    case 'float64': return 'FLOAT64';
    case 'string': return 'STRING';
    case 'interface': return t.imethods.length > 0 ? 'INTER' : 'NILINTER';
    case 'slice': case 'map': case 'func': return 'NOEQ';
    case 'struct': {
      const fs = t.fields;
      if (fs.length === 1 && fs[0].name !== '_') return algType(fs[0].type);
      let alg: AlgKind = 'MEM';
      fs.forEach((f, i) => {
        let a = algType(f.type);
        if (a === 'MEM') {
          const end = i + 1 < fs.length ? fs[i + 1].offset : t.size;
          if (f.name === '_' || f.offset + f.type.size !== end) a = 'SPECIAL';
        } else if (a !== 'NOEQ') a = 'SPECIAL';
        if (algPriority[a] > algPriority[alg]) alg = a;
      });
      return alg;
    }
    case 'array': {
      const a = algType(t.elem!);
      if (a === 'MEM' || a === 'NOEQ') return a;
      if (t.len === 0) return 'MEM';
      return t.len === 1 ? a : 'SPECIAL';
    }
    default:
      return 'MEM';
  }
}

class SigBuilder {
  r = '';
  private regMem = 0;
  private skipMem = 0;

  flush(atEnd: boolean): void {
    if (this.regMem > 0) {
      this.r += 'M' + this.regMem;
      this.regMem = 0;
    }
    if (this.skipMem > 0) {
      if (!atEnd) this.r += 'K' + this.skipMem;
      this.skipMem = 0;
    }
  }
  private regular(n: number): void {
    if (this.regMem === 0) this.flush(false);
    this.regMem += n;
  }
  private skip(n: number): void {
    if (this.skipMem === 0) this.flush(false);
    this.skipMem += n;
  }
  private tok(c: string): void {
    this.flush(false);
    this.r += c;
  }

  build(t: RType): void {
    switch (t.kind) {
      case 'bool': case 'int8': case 'uint8': this.regular(1); break;
      case 'int16': case 'uint16': this.regular(2); break;
      case 'int32': case 'uint32': this.regular(4); break;
      case 'float32': this.tok('F'); break;
      case 'float64': this.tok('G'); break;
      case 'string': this.tok('S'); break;
      case 'interface': this.tok(t.imethods.length > 0 ? 'I' : 'E'); break;
      case 'struct': {
        let off = 0;
        for (const f of t.fields) {
          if (f.name === '_') continue;
          if (off < f.offset) this.skip(f.offset - off);
          this.build(f.type);
          off = f.offset + f.type.size;
        }
        if (off < t.size) this.skip(t.size - off);
        break;
      }
      case 'array': {
        if (algType(t) === 'MEM') {
          this.regular(t.size);
          break;
        }
        const et = t.elem!;
        let n = t.len;
        if (n === 0) break;
        if (n === 1) {
          this.build(et);
          break;
        }
        if (et.size === 0) break;
        const unroll = Math.max(1, Math.floor(32 / et.size));
        for (; n % unroll !== 0; n--) this.build(et);
        if (n === 0) break;
        if (n === unroll) {
          for (let i = 0; i < n; i++) this.build(et);
          break;
        }
        this.flush(false);
        this.r += '[' + n / unroll;
        for (let i = 0; i < unroll; i++) this.build(et);
        this.flush(false);
        this.r += ']';
        break;
      }
      default: // int64, uint64, int, uint, uintptr, ptr, unsafe.Pointer, chan
        this.regular(8);
    }
  }
}

/** reflectdata/alg.go eqSignature for amd64 (no alignment directive: CanMergeLoads). */
export function eqSignature(t: RType): string {
  const b = new SigBuilder();
  b.build(t);
  b.flush(true);
  return b.r;
}

// Hash and equality functions by signature (alg.go genhashSig/geneqSig), with whether the
// function has a stack-split prologue in go1.27.4 linux/amd64 (go tool objdump).
const hashBySig: Record<string, [string, boolean]> = {
  '': ['runtime.memhash0', false], M1: ['runtime.memhash8', true], M2: ['runtime.memhash16', true],
  M4: ['runtime.memhash32', false], M8: ['runtime.memhash64', false], M16: ['runtime.memhash128', true],
  S: ['runtime.strhash', false], I: ['runtime.interhash', true], E: ['runtime.nilinterhash', true],
  F: ['runtime.f32hash', true], G: ['runtime.f64hash', true], FF: ['runtime.c64hash', true], GG: ['runtime.c128hash', true],
};
const equalBySig: Record<string, [string, boolean]> = {
  '': ['runtime.memequal0', false], M1: ['runtime.memequal8', false], M2: ['runtime.memequal16', false],
  M4: ['runtime.memequal32', false], M8: ['runtime.memequal64', false], M16: ['runtime.memequal128', false],
  S: ['runtime.strequal', true], I: ['runtime.interequal', true], E: ['runtime.nilinterequal', true],
  F: ['runtime.f32equal', false], G: ['runtime.f64equal', false], FF: ['runtime.c64equal', false], GG: ['runtime.c128equal', false],
};

function hasNaNPossible(t: RType): boolean {
  switch (t.kind) {
    case 'float32': case 'float64': case 'interface': return true;
    case 'array': return t.len > 0 && hasNaNPossible(t.elem!);
    case 'struct': return t.fields.some((f) => f.name !== '_' && hasNaNPossible(f.type));
    default: return false;
  }
}

function needkeyupdate(t: RType): boolean {
  switch (t.kind) {
    case 'float32': case 'float64': case 'interface': case 'string': return true;
    case 'array': return needkeyupdate(t.elem!);
    case 'struct': return t.fields.some((f) => needkeyupdate(f.type));
    default: return false;
  }
}

/**
 * The map type's algorithms and entry-point variant (walk.go:192 mapfast, unchanged in
 * go1.24-1.27). Generated hash and equality functions are named by their signature from go1.27
 * (type:.eq.M4K4S) and by the key type in go1.24-1.26 (type:.eq.main.S; go tool objdump).
 */
export function keyAlg(keyType: RType, elemType: RType, minor = 27): KeyAlg {
  const sig = eqSignature(keyType);
  const memOnly = /^M\d+$/.test(sig);
  const genName = minor >= 27 ? sig : keyType.str;
  const [hasherName, hasherPreempt] = hashBySig[sig] ?? (memOnly ? ['runtime.memhash_varlen', false] : ['type:.hash.' + genName, true]);
  const bigMem = (sig.match(/M\d+/g) ?? []).some((m) => Number(m.slice(1)) > 64);
  const [equalName, equalPreempt] = equalBySig[sig] ?? (memOnly ? ['runtime.memequal_varlen', false] : ['type:.eq.' + genName, /[SEI[]/.test(sig) || bigMem]);
  let variant: MapVariant = 'slow';
  const keyPointers = hasPointers(keyType);
  if (elemType.size <= maxKeyElemBytes) {
    switch (algType(keyType)) {
      case 'MEM':
        if (keyType.size === 4 && !keyPointers) variant = 'fast32';
        else if (keyType.size === 8) variant = keyPointers ? 'fast64ptr' : 'fast64';
        break;
      case 'STRING':
        variant = 'faststr';
        break;
      default:
        break;
    }
  }
  return {
    variant, sig, hasherName, equalName, hasherPreempt, equalPreempt,
    needKeyUpdate: needkeyupdate(keyType),
    indirectKey: keyType.size > maxKeyElemBytes,
    indirectElem: elemType.size > maxKeyElemBytes,
    keyPointers,
    nanPossible: hasNaNPossible(keyType),
  };
}

/** Whether the Go value v of type t contains a NaN (so that v != v). */
function containsNaN(t: RType, v: unknown): boolean {
  switch (t.kind) {
    case 'float32': case 'float64': return v !== v;
    case 'interface': return v !== null && containsNaN((v as Iface).t, (v as Iface).v);
    case 'array': {
      const a = v as unknown[];
      for (let i = 0; i < a.length; i++) if (containsNaN(t.elem!, a[i])) return true;
      return false;
    }
    case 'struct': {
      const o = v as Record<string, unknown>;
      for (const f of t.fields) if (f.name !== '_' && containsNaN(f.type, o[f.key])) return true;
      return false;
    }
    default: return false;
  }
}

const primitiveKinds = new Set(['bool', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'string']);

// ---------------------------------------------------------------------------------------------
// Groups (group.go): control bytes and slots, struct-of-arrays.

/**
 * groupsReference: `lengthMask + 1` groups. Slot i of group g is index g*8+i of every array;
 * ctrl[g*8 .. g*8+7] is group g's ctrlGroup.
 */
export class Groups {
  readonly ctrl: Uint8Array;
  /** Canonical keys (mapKey), compared with ===. */
  readonly keys: unknown[];
  /** The Go key values (the same array as keys for primitive key kinds). */
  readonly okeys: unknown[];
  readonly elems: unknown[];
  readonly lengthMask: number;

  constructor(length: number, direct: boolean) {
    const n = length * MapGroupSlots;
    this.ctrl = new Uint8Array(n).fill(ctrlEmpty);
    // fill() gives packed (not holey) arrays, and is faster than push.
    const keys: unknown[] = new Array(n).fill(undefined);
    const elems: unknown[] = new Array(n).fill(undefined);
    this.keys = keys;
    this.okeys = direct ? keys : new Array(n).fill(undefined);
    this.elems = elems;
    this.lengthMask = length - 1;
  }
}

// bitset (group.go:43): one bit per slot, as amd64's packed representation.

/** matchH2: full slots whose control byte is h2 (exact, as amd64's SIMD version). */
function matchH2(ctrl: Uint8Array, base: number, h2: number): number {
  let b = 0;
  for (let i = 0; i < MapGroupSlots; i++) if (ctrl[base + i] === h2) b |= 1 << i;
  return b;
}
function matchEmpty(ctrl: Uint8Array, base: number): number {
  let b = 0;
  for (let i = 0; i < MapGroupSlots; i++) if (ctrl[base + i] === ctrlEmpty) b |= 1 << i;
  return b;
}
function matchEmptyOrDeleted(ctrl: Uint8Array, base: number): number {
  let b = 0;
  for (let i = 0; i < MapGroupSlots; i++) if ((ctrl[base + i] & ctrlEmpty) !== 0) b |= 1 << i;
  return b;
}
function matchFull(ctrl: Uint8Array, base: number): number {
  let b = 0;
  for (let i = 0; i < MapGroupSlots; i++) if ((ctrl[base + i] & ctrlEmpty) === 0) b |= 1 << i;
  return b;
}
function hasEmpty(ctrl: Uint8Array, base: number): boolean {
  for (let i = 0; i < MapGroupSlots; i++) if (ctrl[base + i] === ctrlEmpty) return true;
  return false;
}
/** bitset.first: index of the lowest set slot (b != 0). */
function first(b: number): number {
  return 31 - Math.clz32(b & -b);
}

/**
 * The lookup probe of a table (table.go:193-223): the slot of the canonical key, or -1. Tests
 * the 8 control bytes of each group of the probe sequence against H2 (matchH2) and stops at a
 * group with an empty slot (matchEmpty), in one pass over the group.
 */
function probe(g: Groups, key: unknown, lo: number, hi: number): number {
  const ctrl = g.ctrl, keys = g.keys, mask = g.lengthMask;
  const h2 = lo & 0x7f;
  let offset = h1(lo, hi) & mask;
  for (let index = 1; ; offset = (offset + index++) & mask) {
    const base = offset << 3;
    let empty = false;
    for (let i = base; i < base + MapGroupSlots; i++) {
      const c = ctrl[i];
      if (c === h2) {
        if (keys[i] === key) return i;
      } else if (c === ctrlEmpty) empty = true;
    }
    if (empty) return -1; // the end of the probe sequence
  }
}

/** h1's low 32 bits (hash >> 7): enough for any group mask. */
function h1(lo: number, hi: number): number {
  return ((lo >>> 7) | (hi << 25)) >>> 0;
}

// ---------------------------------------------------------------------------------------------

/** A Swiss table (table.go:34). */
export class table {
  used = 0;
  capacity: number;
  growthLeft = 0;
  localDepth: number;
  /** First directory index of this table; -1 once replaced (stale). */
  index: number;
  groups: Groups;

  /** newTable (table.go:74): capacity rounded up to a power of two, at least 8. */
  constructor(capacity: number, index: number, localDepth: number, direct: boolean) {
    if (capacity < MapGroupSlots) capacity = MapGroupSlots;
    if (capacity > maxTableCapacity) throw new Error('initial table capacity too large');
    this.index = index;
    this.localDepth = localDepth;
    capacity = alignUpPow2(capacity);
    // reset (table.go:102)
    this.groups = new Groups(capacity / MapGroupSlots, direct);
    this.capacity = capacity;
    this.growthLeft = this.maxGrowthLeft();
  }

  /** table.go:116 */
  maxGrowthLeft(): number {
    if (this.capacity <= MapGroupSlots) return this.capacity - 1;
    return (this.capacity * maxAvgGroupLoad) / MapGroupSlots;
  }

  /** table.go:651 */
  tombstones(): number {
    return (this.capacity * maxAvgGroupLoad) / MapGroupSlots - this.used - this.growthLeft;
  }
}

function alignUpPow2(n: number): number {
  if (n <= 1) return n;
  return 2 ** Math.ceil(Math.log2(n));
}

/** One table of state(). */
export interface SwissGroupState {
  ctrl: number[];
  keys: string[];
}
export interface SwissTableState {
  index: number;
  localDepth: number;
  capacity: number;
  used: number;
  growthLeft: number;
  groups: SwissGroupState[];
}
/** Map.state(): a JSON-serialisable deep copy. `directory` holds each entry's table index. */
export interface SwissState {
  model: 'swiss';
  used: number;
  seed: number;
  dirLen: number;
  globalDepth: number;
  writing: number;
  tombstonePossible: boolean;
  clearSeq: number;
  small?: SwissGroupState;
  tables: SwissTableState[];
  directory: number[];
}

const ptrIds = new WeakMap<object, number>();
let nextPtrId = 1;

/** The Go map (map.go:214). */
export class Map implements MapModel {
  readonly model = 'swiss' as const;
  readonly keyType: RType;
  readonly elemType: RType;
  writing = 0;
  calls: string[] = noCalls;
  allocs: number[] = noCalls as unknown as number[];
  trace: ((s: MapStep) => void) | null = null;

  /** Filled slots in all tables (or the small group). */
  used = 0;
  seed = 0;
  /** dirPtr while dirLen == 0: the small map's group, or null before growToSmall. */
  dirPtr: Groups | null = null;
  /** dirPtr while dirLen > 0: the directory of tables. */
  directory: table[] = [];
  dirLen = 0;
  globalDepth = 0;
  /** 64 - globalDepth (depthToShift). */
  globalShift = 64;
  tombstonePossible = false;
  clearSeq = 0;

  readonly alg: KeyAlg;
  private readonly direct: boolean;
  private readonly rand: () => number;
  /** Slot of the last successful find(), and its groups. */
  private fg: Groups | null = null;

  /** The Go minor version followed (24..27; see "Versions" in the header). */
  readonly minor: number;

  /** NewMap (map.go:283; the same in go1.24-1.27). */
  constructor(keyType: RType, elemType: RType, hint: number, rand: () => number, minor = 27) {
    this.keyType = keyType;
    this.elemType = elemType;
    this.rand = rand;
    this.minor = minor;
    this.direct = primitiveKinds.has(keyType.kind);
    this.alg = keyAlg(keyType, elemType, minor);
    this.seed = this.randU32();
    if (!(hint > MapGroupSlots)) return; // small map; the group is allocated on first assignment

    const targetCapacity = Math.floor((hint * MapGroupSlots) / maxAvgGroupLoad);
    const dirSize = alignUpPow2(Math.ceil(targetCapacity / maxTableCapacity));
    // Reject hints that are obviously too large (map.go:323): dirSize*1024 "groups" of GroupSize.
    if (dirSize * maxTableCapacity * this.groupSize() > maxAlloc) return;
    if (dirSize > maxModelDirSize) throw new RangeError(`makemap: hint ${hint} needs ${dirSize} tables, more than the model allocates`);
    this.globalDepth = Math.log2(dirSize);
    this.globalShift = 64 - this.globalDepth;
    const directory: table[] = [];
    for (let i = 0; i < dirSize; i++) directory.push(new table(Math.floor(targetCapacity / dirSize), i, this.globalDepth, this.direct));
    this.directory = directory;
    this.dirLen = dirSize;
  }

  /** abi.MapType.GroupSize for the interleaved layout (approximate alignment). */
  private groupSize(): number {
    const ks = this.alg.indirectKey ? 8 : this.keyType.size;
    const es = this.alg.indirectElem ? 8 : this.elemType.size;
    const align = Math.min(8, Math.max(1, alignUpPow2(Math.min(ks, 8)), alignUpPow2(Math.min(es, 8))));
    const slot = Math.ceil((Math.ceil(ks / align) * align + es) / align) * align;
    return 8 + MapGroupSlots * slot;
  }

  private randU32(): number {
    return Math.floor(this.rand() * 4294967296) >>> 0;
  }

  private allocated(bytes: number): void {
    if (this.allocs === (noCalls as unknown as number[])) this.allocs = [bytes];
    else this.allocs.push(bytes);
  }

  private call(name: string): void {
    if (this.calls === noCalls) this.calls = [name];
    else if (!this.calls.includes(name)) this.calls.push(name);
  }

  private canon(k: unknown): unknown {
    return this.direct ? k : mapKey(this.keyType, k);
  }

  /** directoryIndex (map.go:357): the top globalDepth bits of the hash. */
  directoryIndex(hi: number): number {
    if (this.dirLen === 1) return 0;
    return hi >>> (32 - this.globalDepth);
  }

  directoryAt(i: number): table {
    return this.directory[i];
  }

  len(): number {
    return this.used;
  }

  /**
   * Finds the slot of a canonical key: its index, with its groups in `fg`, or -1.
   * getWithKey (map.go:426 → getWithKeySmall map.go:465 / table.go:165).
   */
  private find(key: unknown, lo: number, hi: number): number {
    if (this.dirLen === 0) {
      const g = this.dirPtr!;
      this.fg = g;
      if (this.trace !== null) this.trace({ kind: 'group', detail: { table: -1, group: 0 } });
      let match = matchH2(g.ctrl, 0, lo & 0x7f);
      for (; match !== 0; match &= match - 1) if (g.keys[first(match)] === key) return first(match);
      return -1; // a single group: no probing
    }
    const t = this.directory[this.directoryIndex(hi)];
    this.fg = t.groups;
    return this.trace === null ? probe(t.groups, key, lo, hi) : this.probeTraced(t, key, lo, hi);
  }

  /** probe with a 'group' step per group visited. */
  private probeTraced(t: table, key: unknown, lo: number, hi: number): number {
    const g = t.groups;
    const ctrl = g.ctrl, mask = g.lengthMask, h2 = lo & 0x7f;
    let offset = h1(lo, hi) & mask;
    for (let index = 1; ; offset = (offset + index++) & mask) {
      this.trace!({ kind: 'group', detail: { table: t.index, group: offset } });
      const base = offset << 3;
      for (let match = matchH2(ctrl, base, h2); match !== 0; match &= match - 1) {
        if (g.keys[base + first(match)] === key) return base + first(match);
      }
      if (matchEmpty(ctrl, base) !== 0) return -1;
    }
  }

  /**
   * The small map's lookup: runtime_fast64.go:38 compares the full slots' keys without
   * hashing (fast32/faststr alike for short keys); other key types hash (map.go:465).
   */
  private findSmall(k: unknown): number {
    const g = this.dirPtr!;
    if (!this.direct) {
      const key = mapKey(this.keyType, k);
      return this.find(key, hash64(key, this.seed), hashHi);
    }
    if (this.trace !== null) this.trace({ kind: 'group', detail: { table: -1, group: 0 } });
    const ctrl = g.ctrl, keys = g.keys;
    for (let i = 0; i < MapGroupSlots; i++) if (keys[i] === k && (ctrl[i] & ctrlEmpty) === 0) return i;
    return -1;
  }

  /** mapaccess1/mapaccess1_fast* (runtime.go:57, runtime_fast64.go:16, runtime_faststr.go). */
  get(k: unknown): unknown {
    if (this.used === 0) {
      emptyMapKeyCheck(this.keyType, k);
      return undefined;
    }
    if (this.dirLen === 0) {
      const i = this.findSmall(k);
      return i < 0 ? undefined : this.dirPtr!.elems[i];
    }
    const key = this.direct ? k : mapKey(this.keyType, k);
    const lo = hash64(key, this.seed);
    const hi = hashHi;
    const t = this.directory[this.dirLen === 1 ? 0 : hi >>> (32 - this.globalDepth)];
    const i = this.trace === null ? probe(t.groups, key, lo, hi) : this.probeTraced(t, key, lo, hi);
    return i < 0 ? undefined : t.groups.elems[i];
  }

  /** mapaccess2* (the comma-ok form). */
  has(k: unknown): boolean {
    if (this.used === 0) {
      emptyMapKeyCheck(this.keyType, k);
      return false;
    }
    if (this.dirLen === 0) return this.findSmall(k) >= 0;
    const key = this.direct ? k : mapKey(this.keyType, k);
    const lo = hash64(key, this.seed);
    const hi = hashHi;
    const t = this.directory[this.dirLen === 1 ? 0 : hi >>> (32 - this.globalDepth)];
    return (this.trace === null ? probe(t.groups, key, lo, hi) : this.probeTraced(t, key, lo, hi)) >= 0;
  }

  /**
   * getWithKey for the iterator: whether the key (canonical, and equal to itself) is in the
   * map; the stored Go key and the elem are left in `fk`/`fe`.
   */
  lookupForIter(key: unknown): boolean {
    const i = this.find(key, hash64(key, this.seed), hashHi);
    if (i < 0) return false;
    this.fk = this.fg!.okeys[i];
    this.fe = this.fg!.elems[i];
    return true;
  }
  fk: unknown = undefined;
  fe: unknown = undefined;

  /** mapassign / mapassign_fast* (runtime.go:143, runtime_fast64.go:182, runtime_faststr.go:261). */
  set(k: unknown, v: unknown): void {
    this.calls = noCalls;
    this.allocs = noCalls as unknown as number[];
    const key = this.canon(k);
    const lo = hash64(key, this.seed);
    const hi = hashHi;
    // m.writing ^= 1 here (the entry layer)
    if (this.dirLen === 0) {
      if (this.dirPtr === null) this.growToSmall();
      if (this.minor >= 27) {
        if (!this.putSlotSmall(key, k, v, lo)) {
          // Can't fit another entry, grow to full size map.
          const tab = this.growToTable();
          this.uncheckedPutSlotForAssign(tab, key, k, v, lo, hi);
          this.used++;
        }
        return;
      }
      // go1.24-1.26 (go1.26 runtime_fast64.go:221, runtime.go:237, map.go:502; go1.24
      // runtime_fast64.go:220): a small map with 8 entries grows to a table before looking for
      // the key, even to update an existing one (the TODO at go1.26 map.go:515), and the
      // assign then takes the table path.
      if (this.used < MapGroupSlots) {
        // putSlotSmall* cannot fail here: used < 8 leaves an empty slot. In Go, a concurrent
        // writer can break that (fatal "small map with no empty slot (concurrent map writes?)",
        // go1.26 runtime_fast64.go:179); this model's operations are atomic.
        if (!this.putSlotSmall(key, k, v, lo)) throw new Error('small map with no empty slot');
        return;
      }
      this.growToTable();
    }
    for (;;) {
      const t = this.directory[this.directoryIndex(hi)];
      if (this.putSlot(t, key, k, v, lo, hi)) return;
    }
  }

  /** The table part of mapassign_fast64 (runtime_fast64.go:233-315); false after a rehash. */
  private putSlot(t: table, key: unknown, k: unknown, v: unknown, lo: number, hi: number): boolean {
    const g = t.groups;
    const ctrl = g.ctrl, keys = g.keys, mask = g.lengthMask;
    const trace = this.trace;
    const slow = this.alg.variant === 'slow';
    const h2 = lo & 0x7f;
    let firstDeleted = -1;
    let offset = h1(lo, hi) & mask;
    for (let index = 1; ; offset = (offset + index++) & mask) {
      if (trace !== null) trace({ kind: 'group', detail: { table: t.index, group: offset } });
      const base = offset << 3;
      const end = base + MapGroupSlots;
      // matchH2: look for an existing slot containing this key.
      for (let i = base; i < end; i++) {
        if (ctrl[i] !== h2) continue;
        if (slow && this.alg.equalPreempt) this.call(this.alg.equalName);
        if (keys[i] === key) {
          if (this.alg.needKeyUpdate) {
            g.okeys[i] = k;
            if (slow) this.call(fnTypedmemmove);
          }
          g.elems[i] = v;
          return true;
        }
      }
      // matchEmptyOrDeleted: is this the end of the probe sequence?
      let i = base;
      while (i < end && (ctrl[i] & ctrlEmpty) === 0) i++;
      if (i === end) continue; // nothing but filled slots
      if (ctrl[i] === ctrlDeleted) {
        if (firstDeleted < 0) firstDeleted = i;
        continue;
      }
      // An empty slot: the end of the probe sequence.
      if (firstDeleted >= 0) {
        i = firstDeleted;
        t.growthLeft++; // will be decremented below to become a no-op
      }
      if (t.growthLeft === 0 && this.prunes()) this.pruneTombstones(t);
      if (t.growthLeft > 0) {
        if (slow) this.slowInsertCalls();
        keys[i] = key;
        g.okeys[i] = k;
        g.elems[i] = v;
        ctrl[i] = h2;
        t.growthLeft--;
        t.used++;
        this.used++;
        return true;
      }
      this.rehash(t);
      return false;
    }
  }

  /**
   * Whether the assign path tries pruneTombstones before rehashing: the fast paths from go1.25
   * (go1.25 runtime_fast64.go:297, runtime_fast32.go:297, runtime_faststr.go:368; not in
   * go1.24), mapassign_fast64ptr only from go1.27 (go1.27 runtime_fast64.go:511; go1.26's,
   * runtime_fast64.go:374, has none); the generic mapassign never (go1.27 runtime.go:263).
   */
  private prunes(): boolean {
    switch (this.alg.variant) {
      case 'slow': return false;
      case 'fast64ptr': return this.minor >= 27;
      default: return this.minor >= 25;
    }
  }

  /** runtime.go:264-281: newobject for indirect keys/elems, typedmemmove of the key. */
  private slowInsertCalls(): void {
    if (this.alg.indirectKey) this.call(fnNewobject);
    this.call(fnTypedmemmove);
    if (this.alg.indirectElem) this.call(fnNewobject);
  }

  /** putSlotSmall / putSlotSmallFast* (map.go:556, runtime_fast64.go:110); false when full. */
  private putSlotSmall(key: unknown, k: unknown, v: unknown, lo: number): boolean {
    const variant = this.alg.variant;
    if (variant === 'faststr') this.call(P + '(*Map).putSlotSmallFastStr');
    else if (variant === 'fast64ptr') this.call(P + '(*Map).putSlotSmallFastPtr');
    else if (variant === 'slow') this.call(P + '(*Map).putSlotSmall');
    // putSlotSmallFast64/32 have a stack-split prologue in go1.24-1.26 (go tool objdump of
    // go1.24.4, go1.25.12, go1.26.11 linux/amd64 builds) and none in go1.27.4 (a leaf).
    else if (this.minor <= 26) this.call(P + (variant === 'fast32' ? '(*Map).putSlotSmallFast32' : '(*Map).putSlotSmallFast64'));
    const g = this.dirPtr!;
    if (this.trace !== null) this.trace({ kind: 'group', detail: { table: -1, group: 0 } });
    const ctrl = g.ctrl, keys = g.keys;
    const h2 = lo & 0x7f;
    for (let i = 0; i < MapGroupSlots; i++) {
      if (ctrl[i] !== h2) continue;
      if (variant === 'slow' && this.alg.equalPreempt) this.call(this.alg.equalName);
      if (keys[i] === key) {
        if (this.alg.needKeyUpdate) {
          g.okeys[i] = k;
          if (variant === 'slow') this.call(fnTypedmemmove);
        }
        g.elems[i] = v;
        return true;
      }
    }
    // No deleted slots in a small map: the first empty slot.
    const match = matchEmptyOrDeleted(ctrl, 0);
    if (match === 0) return false;
    const i = first(match);
    if (variant === 'slow') this.slowInsertCalls();
    keys[i] = key;
    g.okeys[i] = k;
    g.elems[i] = v;
    ctrl[i] = h2;
    this.used++;
    return true;
  }

  /** map.go:618 */
  private growToSmall(): void {
    this.call(fnGrowToSmall);
    this.call(fnNewarray);
    this.allocated(this.groupSize());
    this.dirPtr = new Groups(1, this.direct);
  }

  /** newTable with its calls (table.go:74: new(table), reset → newGroups → newarray). */
  private newTable(capacity: number, index: number, localDepth: number): table {
    this.call(fnNewTable);
    this.call(rtNewobject);
    this.call(fnReset);
    this.call(fnNewarray);
    const t = new table(capacity, index, localDepth, this.direct);
    // new(table): 32 bytes (go1.27 table.go:30); newarray of the groups.
    this.allocated(32);
    this.allocated((t.capacity / MapGroupSlots) * this.groupSize());
    return t;
  }

  /** The Hasher and uncheckedPutSlot calls of moving n entries into a new table. */
  private moveCalls(n: number): void {
    if (n === 0) return;
    if (this.alg.hasherPreempt) this.call(this.alg.hasherName);
    this.call(fnUncheckedPutSlot);
    this.call(fnTypedmemmove);
  }

  /** map.go:628 */
  private growToTable(): table {
    this.call(fnGrowToTable);
    if (this.trace !== null) this.trace({ kind: 'growToTable', detail: { capacity: 2 * MapGroupSlots } });
    const tab = this.newTable(2 * MapGroupSlots, 0, 0);
    const g = this.dirPtr!;
    this.moveCalls(this.used);
    for (let i = 0; i < MapGroupSlots; i++) {
      if ((g.ctrl[i] & ctrlEmpty) === ctrlEmpty) continue;
      const key = g.keys[i];
      const lo = hash64(key, this.seed);
      this.uncheckedPutSlot(tab, key, g.okeys[i], g.elems[i], lo, hashHi);
    }
    this.call(rtMakeslice);
    this.allocated(8);
    this.directory = [tab];
    this.dirPtr = null;
    this.dirLen = 1;
    this.globalDepth = 0;
    this.globalShift = 64;
    return tab;
  }

  /** table.go:383: insert an entry known not to be in the table (no tombstones). */
  private uncheckedPutSlot(t: table, key: unknown, okey: unknown, elem: unknown, lo: number, hi: number): void {
    if (t.growthLeft === 0) throw new Error('invariant failed: growthLeft is unexpectedly 0');
    const g = t.groups;
    const ctrl = g.ctrl, mask = g.lengthMask;
    let offset = h1(lo, hi) & mask;
    for (let index = 1; ; offset = (offset + index++) & mask) {
      const base = offset << 3;
      for (let i = base; i < base + MapGroupSlots; i++) {
        if ((ctrl[i] & ctrlEmpty) !== 0) {
          g.keys[i] = key;
          g.okeys[i] = okey;
          g.elems[i] = elem;
          t.growthLeft--;
          t.used++;
          ctrl[i] = lo & 0x7f;
          return;
        }
      }
    }
  }

  /** uncheckedPutSlotForAssign{Fast64,Fast32,FastPtr,FastStr,} (table.go:436). */
  private uncheckedPutSlotForAssign(t: table, key: unknown, k: unknown, v: unknown, lo: number, hi: number): void {
    const suffix = { fast32: 'Fast32', fast64: 'Fast64', fast64ptr: 'FastPtr', faststr: 'FastStr', slow: '' }[this.alg.variant];
    this.call(P + '(*table).uncheckedPutSlotForAssign' + suffix);
    if (this.alg.variant === 'slow') this.slowInsertCalls();
    this.uncheckedPutSlot(t, key, k, v, lo, hi);
  }

  /** table.go:1208 */
  private rehash(t: table): void {
    this.call(fnRehash);
    const newCapacity = 2 * t.capacity;
    if (this.trace !== null) this.trace({ kind: 'rehash', detail: { table: t.index, capacity: t.capacity } });
    if (newCapacity <= maxTableCapacity) {
      this.grow(t, newCapacity);
      return;
    }
    this.split(t);
  }

  /** table.go:1290 */
  private grow(t: table, newCapacity: number): void {
    this.call(fnGrow);
    if (this.trace !== null) this.trace({ kind: 'grow', detail: { table: t.index, capacity: newCapacity } });
    const nt = this.newTable(newCapacity, t.index, t.localDepth);
    this.moveCalls(t.used);
    const g = t.groups;
    const ctrl = g.ctrl;
    for (let i = 0; i < ctrl.length; i++) {
      if ((ctrl[i] & ctrlEmpty) === ctrlEmpty) continue; // empty or deleted
      const key = g.keys[i];
      const lo = hash64(key, this.seed);
      this.uncheckedPutSlot(nt, key, g.okeys[i], g.elems[i], lo, hashHi);
    }
    this.replaceTable(nt);
    t.index = -1;
  }

  /** table.go:1242 */
  private split(t: table): void {
    this.call(fnSplit);
    const localDepth = t.localDepth + 1;
    if (this.trace !== null) this.trace({ kind: 'split', detail: { table: t.index, localDepth } });
    const left = this.newTable(maxTableCapacity, -1, localDepth);
    const right = this.newTable(maxTableCapacity, -1, localDepth);
    this.moveCalls(t.used);
    // localDepthMask: bit 64-localDepth of the hash, i.e. bit 32-localDepth of hi.
    const shift = 32 - localDepth;
    const g = t.groups;
    const ctrl = g.ctrl;
    for (let i = 0; i < ctrl.length; i++) {
      if ((ctrl[i] & ctrlEmpty) === ctrlEmpty) continue;
      const key = g.keys[i];
      const lo = hash64(key, this.seed);
      const hi = hashHi;
      this.uncheckedPutSlot(((hi >>> shift) & 1) === 0 ? left : right, key, g.okeys[i], g.elems[i], lo, hi);
    }
    this.installTableSplit(t, left, right);
    t.index = -1;
  }

  /** map.go:372 */
  replaceTable(nt: table): void {
    const entries = 1 << (this.globalDepth - nt.localDepth);
    for (let i = 0; i < entries; i++) this.directory[nt.index + i] = nt;
  }

  /** map.go:382 */
  installTableSplit(old: table, left: table, right: table): void {
    this.call(fnInstallTableSplit);
    if (old.localDepth === this.globalDepth) {
      // No room for another level in the directory. Grow the directory.
      this.call(rtMakeslice);
      this.allocated(16 * this.dirLen);
      const newDir: table[] = [];
      for (let i = 0; i < this.dirLen; i++) {
        const t = this.directory[i];
        newDir.push(t, t);
        // t may already exist in multiple indices; update t.index once.
        if (t.index === i) t.index = 2 * i;
      }
      this.globalDepth++;
      this.globalShift--;
      this.directory = newDir;
      this.dirLen = newDir.length;
    }
    left.index = old.index;
    this.replaceTable(left);
    const entries = 1 << (this.globalDepth - left.localDepth);
    right.index = left.index + entries;
    this.replaceTable(right);
  }

  /** table.go:566: remove tombstones no probe sequence needs, when that frees ≥ 10%. */
  private pruneTombstones(t: table): void {
    this.call(fnPruneTombstones);
    if (t.tombstones() * 10 < t.capacity) return;
    const g = t.groups;
    const ctrl = g.ctrl, mask = g.lengthMask;
    const needed = new Uint8Array(mask + 1);
    for (let gi = 0; gi <= mask; gi++) {
      let match = matchFull(ctrl, gi << 3);
      while (match !== 0) {
        const j = first(match);
        match &= match - 1;
        const slot = (gi << 3) + j;
        if (this.alg.equalPreempt) this.call(this.alg.equalName);
        if (this.alg.nanPossible && containsNaN(this.keyType, g.okeys[slot])) continue; // can break their probe sequences
        if (this.alg.hasherPreempt) this.call(this.alg.hasherName);
        const lo = hash64(g.keys[slot], this.seed);
        let offset = h1(lo, hashHi) & mask;
        for (let index = 1; offset !== gi; offset = (offset + index++) & mask) {
          if (matchEmptyOrDeleted(ctrl, offset << 3) !== 0) needed[offset] = 1; // must be deleted
        }
      }
      if (matchEmpty(ctrl, gi << 3) !== 0) needed[gi] = 1;
    }
    let cnt = 0;
    for (let gi = 0; gi <= mask; gi++) {
      if (needed[gi] === 0) cnt += popcount(matchEmptyOrDeleted(ctrl, gi << 3));
    }
    if (cnt * 10 < t.capacity) return; // the caller will grow instead
    for (let gi = 0; gi <= mask; gi++) {
      if (needed[gi] !== 0) continue;
      let m = matchEmptyOrDeleted(ctrl, gi << 3);
      while (m !== 0) {
        const k = first(m);
        m &= m - 1;
        ctrl[(gi << 3) + k] = ctrlEmpty;
        t.growthLeft++;
      }
    }
  }

  /** (*Map).Delete (map.go:668). */
  delete(k: unknown): void {
    this.calls = noCalls;
    this.allocs = noCalls as unknown as number[];
    if (this.used === 0) {
      emptyMapKeyCheck(this.keyType, k);
      return;
    }
    const key = this.canon(k);
    const lo = hash64(key, this.seed);
    const hi = hashHi;
    // m.writing ^= 1 here (the entry layer)
    if (this.dirLen === 0) this.deleteSmall(key, lo);
    // go1.25+ records that a tombstone may exist (go1.25 map.go:665); go1.24 has no such field.
    else if (this.tableDelete(this.directory[this.directoryIndex(hi)], key, lo, hi) && this.minor >= 25) this.tombstonePossible = true;
    if (this.used === 0) {
      // Reset the hash seed (go.dev/issue/25237).
      this.call(fnRand);
      this.seed = this.randU32();
    }
  }

  /** The calls of clearing a removed slot (typedmemclr of the key with pointers, of the elem). */
  private clearSlotCalls(): void {
    if ((!this.alg.indirectKey && this.alg.keyPointers) || !this.alg.indirectElem) this.call(fnTypedmemclr);
  }

  /** map.go:708 */
  private deleteSmall(key: unknown, lo: number): void {
    this.call(fnDeleteSmall);
    const g = this.dirPtr!;
    if (this.trace !== null) this.trace({ kind: 'group', detail: { table: -1, group: 0 } });
    let match = matchH2(g.ctrl, 0, lo & 0x7f);
    while (match !== 0) {
      const i = first(match);
      if (this.alg.equalPreempt) this.call(this.alg.equalName);
      if (g.keys[i] === key) {
        this.used--;
        this.clearSlotCalls();
        g.keys[i] = undefined;
        g.okeys[i] = undefined;
        g.elems[i] = undefined;
        g.ctrl[i] = ctrlEmpty; // one group: deleted slots can be reused at once
        return;
      }
      match &= match - 1;
    }
  }

  /** (*table).Delete (table.go:478): whether it left a tombstone. */
  private tableDelete(t: table, key: unknown, lo: number, hi: number): boolean {
    this.call(fnTableDelete);
    const g = t.groups;
    const ctrl = g.ctrl, mask = g.lengthMask;
    const h2 = lo & 0x7f;
    let offset = h1(lo, hi) & mask;
    for (let index = 1; ; offset = (offset + index++) & mask) {
      if (this.trace !== null) this.trace({ kind: 'group', detail: { table: t.index, group: offset } });
      const base = offset << 3;
      let match = matchH2(ctrl, base, h2);
      while (match !== 0) {
        const i = base + first(match);
        if (this.alg.equalPreempt) this.call(this.alg.equalName);
        if (g.keys[i] === key) {
          t.used--;
          this.used--;
          this.clearSlotCalls();
          g.keys[i] = undefined;
          g.okeys[i] = undefined;
          g.elems[i] = undefined;
          // Only a full group can be in the middle of a probe sequence.
          if (hasEmpty(ctrl, base)) {
            ctrl[i] = ctrlEmpty;
            t.growthLeft++;
            return false;
          }
          ctrl[i] = ctrlDeleted;
          if (this.trace !== null) this.trace({ kind: 'tombstone', detail: { table: t.index, group: offset, slot: i - base } });
          return true;
        }
        match &= match - 1;
      }
      if (hasEmpty(ctrl, base)) return false;
    }
  }

  /** (*Map).Clear (map.go:756). */
  clear(): void {
    this.calls = noCalls;
    this.allocs = noCalls as unknown as number[];
    if (this.used === 0 && !this.tombstonePossible) return;
    // m.writing ^= 1 here (the entry layer)
    if (this.trace !== null) this.trace({ kind: 'clear', detail: { used: this.used } });
    if (this.dirLen === 0) {
      // clearSmall (map.go:794)
      this.call(fnClearSmall);
      this.call(fnTypedmemclr);
      const g = this.dirPtr!;
      g.ctrl.fill(ctrlEmpty);
      g.keys.fill(undefined);
      if (g.okeys !== g.keys) g.okeys.fill(undefined);
      g.elems.fill(undefined);
      this.used = 0;
    } else {
      let lastTab: table | null = null;
      for (let i = 0; i < this.dirLen; i++) {
        const t = this.directory[i];
        if (t === lastTab) continue;
        this.tableClear(t);
        lastTab = t;
      }
      this.used = 0;
      this.tombstonePossible = false;
    }
    this.clearSeq++;
    this.call(fnRand);
    this.seed = this.randU32();
  }

  /** (*table).Clear (table.go:656). */
  private tableClear(t: table): void {
    this.call(fnTableClear);
    const mgl = t.maxGrowthLeft();
    if (this.minor <= 24) {
      // go1.24 table.go:494: every group is zeroed (typedmemclr), whatever it holds.
      this.call(fnTypedmemclr);
    } else {
      if (t.used === 0 && t.growthLeft === mgl) return; // no entries and no tombstones
      if (t.used > 0) this.call(fnTypedmemclr); // a group with a full slot is zeroed
    }
    const g = t.groups;
    g.ctrl.fill(ctrlEmpty);
    g.keys.fill(undefined);
    if (g.okeys !== g.keys) g.okeys.fill(undefined);
    g.elems.fill(undefined);
    t.used = 0;
    t.growthLeft = mgl;
  }

  iter(rand: () => number): ModelIter {
    return new Iter(this, rand);
  }

  /**
   * maps.Clone's copy (the caller has checked the writing flag). go1.25+ (*Map).Clone (go1.25
   * map.go:780, go1.26 map.go:784, go1.27 map.go:805): a copy of the Map struct (same seed,
   * used, clearSeq, tombstonePossible) with deep copies of the small group or of each distinct
   * table (table.clone, cloneGroup: same capacity, growthLeft, control bytes and slots).
   * go1.24 runtime/map_swiss.go:337 mapclone2: makemap with hint = used (a new seed, the
   * layout of that hint), then every entry produced by an Iter over the source is Put into it.
   * `copyElem` copies an element value (Go copies the slot's bytes).
   */
  clone(copyElem: (v: unknown) => unknown): Map {
    if (this.minor <= 24) {
      const dst = new Map(this.keyType, this.elemType, this.used, this.rand, this.minor);
      const it = new Iter(this, this.rand);
      while (it.next()) dst.set(it.key, copyElem(it.val));
      dst.calls = noCalls;
      dst.allocs = noCalls as unknown as number[];
      return dst;
    }
    const m2 = new Map(this.keyType, this.elemType, 0, () => 0, this.minor);
    m2.used = this.used;
    m2.seed = this.seed;
    m2.dirLen = this.dirLen;
    m2.globalDepth = this.globalDepth;
    m2.globalShift = this.globalShift;
    m2.tombstonePossible = this.tombstonePossible;
    m2.clearSeq = this.clearSeq;
    if (this.dirLen === 0) {
      if (this.dirPtr !== null) m2.dirPtr = this.cloneGroups(this.dirPtr, copyElem);
      return m2;
    }
    const newDir: table[] = [];
    for (let i = 0; i < this.dirLen; i++) {
      const t = this.directory[i];
      if (i > 0 && t === this.directory[i - 1]) {
        newDir.push(newDir[i - 1]);
        continue;
      }
      // table.clone (go1.27 table.go:1357): the struct, then each group.
      const t2 = new table(MapGroupSlots, t.index, t.localDepth, this.direct);
      t2.used = t.used;
      t2.capacity = t.capacity;
      t2.growthLeft = t.growthLeft;
      t2.groups = this.cloneGroups(t.groups, copyElem);
      newDir.push(t2);
    }
    m2.directory = newDir;
    return m2;
  }

  /** cloneGroup for each group (go1.27 group.go:346). */
  private cloneGroups(g: Groups, copyElem: (v: unknown) => unknown): Groups {
    const g2 = new Groups(g.lengthMask + 1, this.direct);
    g2.ctrl.set(g.ctrl);
    for (let i = 0; i < g.ctrl.length; i++) {
      if ((g.ctrl[i] & ctrlEmpty) !== 0) continue;
      g2.keys[i] = g.keys[i];
      if (g2.okeys !== g2.keys) g2.okeys[i] = g.okeys[i];
      g2.elems[i] = copyElem(g.elems[i]);
    }
    return g2;
  }

  /** Whether a stored Go key is equal to itself (typ.Key.Equal(key, key)). */
  keyEqualsSelf(okey: unknown): boolean {
    return !this.alg.nanPossible || !containsNaN(this.keyType, okey);
  }

  entries(): [unknown, unknown][] {
    const out: [unknown, unknown][] = [];
    const add = (g: Groups): void => {
      for (let i = 0; i < g.ctrl.length; i++) if ((g.ctrl[i] & ctrlEmpty) === 0) out.push([g.okeys[i], g.elems[i]]);
    };
    if (this.dirLen === 0) {
      if (this.dirPtr !== null) add(this.dirPtr);
    } else {
      let last: table | null = null;
      for (const t of this.directory) {
        if (t !== last) add(t.groups);
        last = t;
      }
    }
    return out;
  }

  /** The distinct tables in directory order. */
  tables(): table[] {
    const out: table[] = [];
    let last: table | null = null;
    for (let i = 0; i < this.dirLen; i++) {
      const t = this.directory[i];
      if (t !== last) out.push(t);
      last = t;
    }
    return out;
  }

  checkInvariants(): void {
    const trace = this.trace;
    this.trace = null; // the probes below are not runtime steps
    try {
      this.checkInvariants1();
    } finally {
      this.trace = trace;
    }
  }

  private checkInvariants1(): void {
    const fail = (what: string): never => {
      throw new Error('swiss map invariant failed: ' + what);
    };
    const seen = new Set<unknown>();
    if (this.dirLen === 0) {
      if (this.globalDepth !== 0 || this.directory.length !== 0) fail('small map: globalDepth 0 and no directory');
      if (this.tombstonePossible) fail('small map: tombstonePossible is false');
      const g = this.dirPtr;
      if (g === null) {
        if (this.used !== 0) fail(`used ${this.used} with no group`);
        return;
      }
      let used = 0;
      for (let i = 0; i < MapGroupSlots; i++) {
        const c = g.ctrl[i];
        if (c === ctrlDeleted) fail('small map: no tombstones');
        if (c === ctrlEmpty) continue;
        if (c & ctrlEmpty) fail(`small map: control byte ${c} is empty, deleted or H2`);
        used++;
        const key = g.keys[i];
        if (c !== (hash64(key, this.seed) & 0x7f)) fail(`small map: control byte of slot ${i} is not H2 of its key`);
        if (seen.has(key)) fail(`small map: duplicate key ${String(key)}`);
        seen.add(key);
      }
      if (used !== this.used) fail(`used ${this.used} but ${used} full slots`);
      return;
    }
    if (this.dirPtr !== null) fail('dirPtr is the directory once dirLen > 0');
    if (this.dirLen !== 1 << this.globalDepth) fail(`dirLen ${this.dirLen} == 1 << globalDepth ${this.globalDepth}`);
    if (this.directory.length !== this.dirLen) fail('directory length is dirLen');
    if (this.globalShift !== 64 - this.globalDepth) fail('globalShift == 64 - globalDepth');
    let used = 0;
    let tombstones = 0;
    for (let d = 0; d < this.dirLen;) {
      const t = this.directory[d];
      if (t.index !== d) fail(`directory entry ${d}: table index ${t.index}, expected its first entry ${d}`);
      if (t.localDepth > this.globalDepth) fail(`table ${d}: localDepth ${t.localDepth} > globalDepth ${this.globalDepth}`);
      const entries = 1 << (this.globalDepth - t.localDepth);
      if (d % entries !== 0) fail(`table ${d}: index not aligned to its ${entries} entries`);
      for (let j = d; j < d + entries; j++) if (this.directory[j] !== t) fail(`table ${d}: directory entries ${d}..${d + entries - 1} cover it (2^(globalDepth-localDepth) consecutive)`);
      if (d + entries < this.dirLen && this.directory[d + entries] === t) fail(`table ${d}: covers more than 2^(globalDepth-localDepth) entries`);
      const cap = t.capacity;
      if (cap < MapGroupSlots || cap > maxTableCapacity || (cap & (cap - 1)) !== 0) fail(`table ${d}: capacity ${cap} is a power of two in 8..1024`);
      const g = t.groups;
      if (g.ctrl.length !== cap || g.lengthMask !== cap / MapGroupSlots - 1) fail(`table ${d}: groups match capacity`);
      let tu = 0, td = 0, te = 0;
      for (let gi = 0; gi <= g.lengthMask; gi++) {
        let gEmpty = 0, gDeleted = 0;
        for (let s = 0; s < MapGroupSlots; s++) {
          const i = (gi << 3) + s;
          const c = g.ctrl[i];
          if (c === ctrlDeleted) {
            td++;
            gDeleted++;
            continue;
          }
          if (c === ctrlEmpty) {
            te++;
            gEmpty++;
            continue;
          }
          if (c & ctrlEmpty) fail(`table ${d} group ${gi} slot ${s}: control byte ${c} is empty, deleted or H2`);
          tu++;
          const key = g.keys[i];
          const lo = hash64(key, this.seed);
          const hi = hashHi;
          if (c !== (lo & 0x7f)) fail(`table ${d} group ${gi} slot ${s}: control byte ${c} is not H2 ${lo & 0x7f} of its key`);
          if (seen.has(key)) fail(`duplicate key ${String(key)}`);
          seen.add(key);
          if (!this.keyEqualsSelf(g.okeys[i])) continue; // NaN: not reachable by lookup
          if (this.directory[this.directoryIndex(hi)] !== t) fail(`table ${d} group ${gi} slot ${s}: key's directory index selects another table`);
          if (this.find(key, lo, hi) !== i || this.fg !== g) fail(`table ${d} group ${gi} slot ${s}: key not reachable by its probe sequence`);
        }
        if (gEmpty > 0 && gDeleted > 0) fail(`table ${d} group ${gi}: tombstones in a group with an empty slot`);
      }
      if (tu !== t.used) fail(`table ${d}: used ${t.used} but ${tu} full slots`);
      const gl = t.maxGrowthLeft() - t.used - td;
      if (gl !== t.growthLeft) fail(`table ${d}: growthLeft ${t.growthLeft}, expected capacity*7/8 - used - tombstones = ${gl}`);
      if (te === 0) fail(`table ${d}: no empty slot (violates probe invariant)`);
      used += tu;
      tombstones += td;
      d += entries;
    }
    if (used !== this.used) fail(`used ${this.used} but the tables hold ${used}`);
    if (tombstones > 0 && !this.tombstonePossible && this.minor >= 25) fail('tombstones exist but tombstonePossible is false');
    if (this.tombstonePossible && this.minor <= 24) fail('go1.24 has no tombstonePossible');
  }

  private keyLabel(g: Groups, i: number): string {
    if ((g.ctrl[i] & ctrlEmpty) !== 0) return '';
    const k = g.okeys[i];
    switch (typeof k) {
      case 'string': return JSON.stringify(k);
      case 'number': return Object.is(k, -0) ? '-0' : String(k);
      case 'bigint': case 'boolean': return String(k);
      default: {
        const c = g.keys[i];
        if (typeof c === 'string') return c;
        if (k === null) return 'nil';
        if (typeof k === 'object' || typeof k === 'function') {
          let id = ptrIds.get(k);
          if (id === undefined) ptrIds.set(k, (id = nextPtrId++));
          return '0x' + (0xc000010000 + id * 16).toString(16);
        }
        return String(k);
      }
    }
  }

  private groupState(g: Groups, gi: number): SwissGroupState {
    const ctrl: number[] = [], keys: string[] = [];
    for (let s = 0; s < MapGroupSlots; s++) {
      ctrl.push(g.ctrl[(gi << 3) + s]);
      keys.push(this.keyLabel(g, (gi << 3) + s));
    }
    return { ctrl, keys };
  }

  state(): SwissState {
    const s: SwissState = {
      model: 'swiss', used: this.used, seed: this.seed, dirLen: this.dirLen, globalDepth: this.globalDepth,
      writing: this.writing, tombstonePossible: this.tombstonePossible, clearSeq: this.clearSeq, tables: [], directory: [],
    };
    if (this.dirLen === 0 && this.dirPtr !== null) s.small = this.groupState(this.dirPtr, 0);
    for (const t of this.tables()) {
      const groups: SwissGroupState[] = [];
      for (let gi = 0; gi <= t.groups.lengthMask; gi++) groups.push(this.groupState(t.groups, gi));
      s.tables.push({ index: t.index, localDepth: t.localDepth, capacity: t.capacity, used: t.used, growthLeft: t.growthLeft, groups });
    }
    for (let i = 0; i < this.dirLen; i++) s.directory.push(this.directory[i].index);
    return s;
  }
}

export { Map as SwissMap };

function popcount(b: number): number {
  let n = 0;
  for (; b !== 0; b &= b - 1) n++;
  return n;
}

/** The map iterator (table.go:704 Iter). */
export class Iter implements ModelIter {
  key: unknown = undefined;
  val: unknown = undefined;
  lookedUp = false;
  /** null: the map was empty at Init. */
  private readonly m: Map | null = null;
  entryOffset = 0;
  dirOffset = 0;
  clearSeq = 0;
  globalDepth = 0;
  /** Current directory index before dirOffset; -1 for a map that was small at Init. */
  dirIdx = 0;
  /** The table at dirIdx during the previous call to Next (kept when replaced). */
  tab: table | null = null;
  /** The small map's group at Init (dirIdx == -1). */
  private readonly small: Groups | null = null;
  /** Group index in tab of the group at entryIdx during the previous Next; -1: none. */
  group = -1;
  /**
   * Current entry index before entryOffset: slot in the low 3 bits, group above. Go's uint64
   * offsets are kept as uint32 (only their low bits are used: `(x + offset) & mask`, where
   * & reduces the exact sum modulo 2^32).
   */
  entryIdx = 0;

  /** Iter.Init (table.go:741). */
  constructor(m: Map, rand: () => number) {
    if (m.used === 0) return;
    let dirIdx = 0;
    if (m.dirLen <= 0) {
      dirIdx = -1; // sentinel for small maps
      this.small = m.dirPtr;
    }
    this.m = m;
    this.entryOffset = Math.floor(rand() * 4294967296) >>> 0;
    this.dirOffset = Math.floor(rand() * 4294967296) >>> 0;
    this.globalDepth = m.globalDepth;
    this.dirIdx = dirIdx;
    this.clearSeq = m.clearSeq;
  }

  private done(): boolean {
    this.key = undefined;
    this.val = undefined;
    return false;
  }

  /**
   * grownKeyElem (table.go:825) and the small-map equivalent (table.go:905): the entry of
   * the old group's slot looked up in the grown map, into key/val; false if it is gone.
   */
  private grownKeyElem(m: Map, g: Groups, slot: number): boolean {
    const okey = g.okeys[slot];
    const selfEqual = m.keyEqualsSelf(okey);
    if (m.used !== 0) {
      this.lookedUp = true; // getWithKey checks the writing flag ("concurrent map read and map write")
      if (selfEqual && m.lookupForIter(g.keys[slot])) {
        this.key = m.fk;
        this.val = m.fe;
        return true;
      }
    }
    // Not found: deleted, or a key unequal to itself (NaN), which only clear removes.
    if (this.clearSeq === m.clearSeq && !selfEqual) {
      this.key = okey;
      this.val = g.elems[slot];
      return true;
    }
    return false;
  }

  /** nextDirIdx (table.go:789). */
  private nextDirIdx(m: Map): void {
    const entries = 1 << (m.globalDepth - this.tab!.localDepth);
    this.dirIdx += entries;
    this.tab = null;
    this.group = -1;
    this.entryIdx = 0;
  }

  /** Iter.Next (table.go:873). */
  next(): boolean {
    this.lookedUp = false;
    const m = this.m;
    if (m === null) return this.done(); // map was empty at Init
    // (the entry layer checks m.writing: "concurrent map iteration and map write")

    if (this.dirIdx < 0) {
      // Map was small at Init.
      const g = this.small!;
      for (; this.entryIdx < MapGroupSlots; this.entryIdx++) {
        const k = (this.entryIdx + this.entryOffset) & (MapGroupSlots - 1);
        if ((g.ctrl[k] & ctrlEmpty) === ctrlEmpty) continue; // empty or deleted
        // Grown to a full map since Init: the old group picks the keys, the map has the values.
        if (m.dirLen > 0) {
          if (!this.grownKeyElem(m, g, k)) continue;
        } else {
          this.key = g.okeys[k];
          this.val = g.elems[k];
        }
        this.entryIdx++;
        return true;
      }
      return this.done();
    }

    if (this.globalDepth !== m.globalDepth) {
      // The directory has grown since the last call: scale dirIdx and dirOffset alike.
      const orders = m.globalDepth - this.globalDepth;
      this.dirIdx *= 2 ** orders;
      this.dirOffset = (this.dirOffset * 2 ** orders) % 4294967296;
      this.globalDepth = m.globalDepth;
    }

    for (; this.dirIdx < m.dirLen; this.nextDirIdx(m)) {
      // Resolve the table.
      if (this.tab === null) {
        const dirIdx = (this.dirIdx + this.dirOffset) & (m.dirLen - 1);
        const newTab = m.directoryAt(dirIdx);
        if (newTab.index !== dirIdx) {
          // The first call's random dirIdx may be in the middle of a table's entries: start at
          // its first entry (Go also sets the local dirIdx = newTab.index, unused after).
          const diff = dirIdx - newTab.index;
          this.dirOffset = (this.dirOffset - diff + 4294967296) % 4294967296;
        }
        this.tab = newTab;
      }
      // Use it.tab, not newTab: the old table selects the keys if the table has grown.
      const tab = this.tab;
      const g = tab.groups;
      const ctrl = g.ctrl;
      const entryMask = tab.capacity - 1;
      if (this.entryIdx > entryMask) continue; // next table

      // Fast path: check the slot at entryIdx directly.
      const entryIdx = (this.entryIdx + this.entryOffset) & entryMask;
      const slotIdx = entryIdx & (MapGroupSlots - 1);
      if (slotIdx === 0 || this.group < 0) this.group = entryIdx >>> 3;
      if ((ctrl[(this.group << 3) + slotIdx] & ctrlEmpty) === 0) {
        const slot = (this.group << 3) + slotIdx;
        let ok = true;
        if (tab.index === -1) ok = this.grownKeyElem(m, g, slot);
        else {
          this.key = g.okeys[slot];
          this.val = g.elems[slot];
        }
        if (ok) {
          this.entryIdx++;
          return true;
        }
      }
      // next:
      this.entryIdx++;

      // Slow path: match the control word to jump to the next full slot.
      let groupMatch = 0;
      while (this.entryIdx <= entryMask) {
        const entryIdx = (this.entryIdx + this.entryOffset) & entryMask;
        let slotIdx = entryIdx & (MapGroupSlots - 1);
        if (slotIdx === 0 || this.group < 0) this.group = entryIdx >>> 3;
        if (groupMatch === 0) {
          groupMatch = matchFull(ctrl, this.group << 3);
          if (slotIdx !== 0) groupMatch &= ~((1 << slotIdx) - 1); // removeBelow
          if (groupMatch === 0) {
            // Skip a group of only empty or deleted slots.
            this.entryIdx += MapGroupSlots - slotIdx;
            continue;
          }
          const i = first(groupMatch);
          this.entryIdx += i - slotIdx;
          if (this.entryIdx > entryMask) continue; // past the end of this table
          slotIdx = i; // (Go also advances its local entryIdx, unused after)
        }
        const slot = (this.group << 3) + slotIdx;
        if (tab.index === -1) {
          // The table has grown or split since: look the key up in the map.
          if (!this.grownKeyElem(m, g, slot)) {
            groupMatch &= groupMatch - 1;
            if (groupMatch === 0) {
              this.entryIdx += MapGroupSlots - slotIdx;
              continue;
            }
            this.entryIdx += first(groupMatch) - slotIdx;
            continue;
          }
        } else {
          this.key = g.okeys[slot];
          this.val = g.elems[slot];
        }
        // Jump ahead to the next full slot or next group.
        groupMatch &= groupMatch - 1;
        if (groupMatch === 0) this.entryIdx += MapGroupSlots - slotIdx;
        else this.entryIdx += first(groupMatch) - slotIdx;
        return true;
      }
      // Continue to the next table.
    }
    return this.done();
  }
}
