#!/usr/bin/env node
// Captures the layout facts of real Go 1.23 maps that do not depend on the hash function or
// its random seed, for the bucket model's tests (tests/maps/buckets.test.ts compares
// src/engine/runtime/maps/buckets.ts against them):
//   - hints: B chosen by makemap for make(map[int]int, hint), hint 0..2000 (run-length
//     encoded as [first hint, B]) and a few larger samples;
//   - growth: B after each insert of 1..N distinct keys, as the inserts at which B changes
//     ([count, B, growing right after that insert]), for several start hints and key types;
//   - scenarios: the hmap header (count, flags, B, growing, whether hash0 was reseeded) after
//     clear, delete, range and growth steps.
// A small Go program reads the header through unsafe (the first fields of go1.23
// runtime/map.go hmap: count, flags, B, noverflow, hash0, buckets, oldbuckets, nevacuate) of
// maps made by non-inlined functions, so that they live on the heap (makemap/makemap_small,
// never a stack-allocated hmap). It is built and run with go1.23 (scripts/lib/go-toolchain.ts)
// and its output is written to tests/maps/goldens/buckets-go1.23.json. noverflow and the
// placement of keys depend on the seeded hash, so they are recorded only where they are
// fixed (noverflow after clear).
//
// Usage: node scripts/capture-map-layout-buckets.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProgram, goVersionString, runExecutable } from './lib/go-toolchain.ts';

const VERSION = '1.23';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests/maps/goldens/buckets-go1.23.json');
const DIR = '/tmp/gomaplab-map-layout-buckets/prog';
const SCRATCH = '/tmp/gomaplab-map-layout-buckets/cache';

const PROGRAM = `package main

import (
	"fmt"
	"strconv"
	"unsafe"
)

// hmap mirrors the header of go1.23 runtime/map.go hmap.
type hmap struct {
	count      int
	flags      uint8
	B          uint8
	noverflow  uint16
	hash0      uint32
	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr
	extra      unsafe.Pointer
}

func header[K comparable, V any](m map[K]V) *hmap { return *(**hmap)(unsafe.Pointer(&m)) }

//go:noinline
func mk(hint int) map[int]int { return make(map[int]int, hint) }

//go:noinline
func mkSmall() map[int]int { return make(map[int]int) }

//go:noinline
func mkStr(hint int) map[string]int { return make(map[string]int, hint) }

var lastHash0 uint32

func snap(scn, step string, h *hmap) {
	fmt.Printf("scn %s %s %d %d %d %d %t %t\\n", scn, step, h.count, h.flags, h.B, h.noverflow, h.oldbuckets != nil, h.hash0 != lastHash0)
	lastHash0 = h.hash0
}

func growthInt(hint, n int) {
	m := mk(hint)
	h := header(m)
	b := -1
	for i := 1; i <= n; i++ {
		m[i*7919] = i
		if h.count != i {
			panic("count")
		}
		if int(h.B) != b {
			b = int(h.B)
			fmt.Printf("grow int %d %d %d %t\\n", hint, i, b, h.oldbuckets != nil)
		}
	}
}

func growthStr(hint, n int) {
	m := mkStr(hint)
	h := header(m)
	b := -1
	for i := 1; i <= n; i++ {
		m["k"+strconv.Itoa(i)] = i
		if int(h.B) != b {
			b = int(h.B)
			fmt.Printf("grow string %d %d %d %t\\n", hint, i, b, h.oldbuckets != nil)
		}
	}
}

func fill(m map[int]int, from, to int) {
	for i := from; i <= to; i++ {
		m[i] = i
	}
}

func main() {
	for hint := 0; hint <= 2000; hint++ {
		fmt.Printf("hint %d %d\\n", hint, header(mk(hint)).B)
	}
	for _, hint := range []int{4096, 6656, 6657, 10000, 100000, 1000000} {
		fmt.Printf("hint %d %d\\n", hint, header(mk(hint)).B)
	}
	for _, hint := range []int{0, 8, 9, 13, 14, 100, 1000} {
		growthInt(hint, 5000)
	}
	growthStr(0, 2000)

	// clear keeps B, drops a growth in progress, zeroes noverflow and reseeds hash0.
	m := mkSmall()
	h := header(m)
	lastHash0 = h.hash0
	fill(m, 1, 833)
	snap("clear-growing", "insert-833", h)
	clear(m)
	snap("clear-growing", "clear", h)
	fill(m, 1, 5)
	snap("clear-growing", "insert-5", h)

	m = mkSmall()
	h = header(m)
	lastHash0 = h.hash0
	fill(m, 1, 1000)
	snap("clear", "insert-1000", h)
	clear(m)
	snap("clear", "clear", h)
	clear(m)
	snap("clear", "clear-empty", h)

	// Deleting every key keeps B; the last delete reseeds hash0.
	m = mkSmall()
	h = header(m)
	lastHash0 = h.hash0
	fill(m, 1, 100)
	snap("delete-all", "insert-100", h)
	for i := 1; i < 100; i++ {
		delete(m, i)
	}
	snap("delete-all", "delete-99", h)
	delete(m, 100)
	snap("delete-all", "delete-100", h)
	delete(m, 100)
	snap("delete-all", "delete-absent", h)

	// range sets iterator|oldIterator; hashGrow turns iterator into oldIterator.
	m = mkSmall()
	h = header(m)
	lastHash0 = h.hash0
	for range m {
	}
	snap("range-flags", "range-empty", h)
	fill(m, 1, 100)
	for range m {
	}
	snap("range-flags", "range-100", h)
	fill(m, 101, 105)
	snap("range-flags", "insert-105", h)
	for range m {
	}
	snap("range-flags", "range-105", h)
	fill(m, 106, 140)
	snap("range-flags", "insert-140", h)

	// A map made with a hint keeps its B through clear.
	m = mk(1000)
	h = header(m)
	lastHash0 = h.hash0
	m[1] = 1
	snap("hint-clear", "insert-1", h)
	clear(m)
	snap("hint-clear", "clear", h)
}
`;

/**
 * @typedef {{ step: string, count: number, flags: number, B: number, growing: boolean, reseeded: boolean, noverflow?: number }} Snapshot
 * @typedef {{ key: string, hint: number, inserts: number, points: [number, number, boolean][] }} Growth
 */

const b = buildProgram(VERSION, PROGRAM, DIR, SCRATCH);
if (!b.ok) throw new Error(`go build failed:\n${b.stderr}`);
const r = runExecutable(b.exe, [], { PATH: '/usr/bin:/bin', HOME: '/tmp' }, DIR);
if (r.exitCode !== 0) throw new Error(`program failed (exit ${r.exitCode}):\n${r.stderr.toString('utf8')}`);

/** @type {[number, number][]} */
const hints = [];
/** @type {[number, number][]} */
const sampleHints = [];
/** @type {Growth[]} */
const growth = [];
/** @type {Map<string, Snapshot[]>} */
const scenarios = new Map();

for (const line of r.stdout.toString('utf8').trim().split('\n')) {
  const f = line.split(' ');
  if (f[0] === 'hint') {
    const hint = Number(f[1]), B = Number(f[2]);
    if (hint > 2000) sampleHints.push([hint, B]);
    else if (hints.length === 0 || hints[hints.length - 1][1] !== B) hints.push([hint, B]);
  } else if (f[0] === 'grow') {
    const key = f[1], hint = Number(f[2]);
    let g = growth.find((x) => x.key === key && x.hint === hint);
    if (!g) growth.push((g = { key, hint, inserts: key === 'int' ? 5000 : 2000, points: [] }));
    g.points.push([Number(f[3]), Number(f[4]), f[5] === 'true']);
  } else if (f[0] === 'scn') {
    /** @type {Snapshot} */
    const s = { step: f[2], count: Number(f[3]), flags: Number(f[4]), B: Number(f[5]), growing: f[7] === 'true', reseeded: f[8] === 'true' };
    // noverflow is fixed only right after clear (mapclear zeroes it).
    if (f[2].startsWith('clear')) s.noverflow = Number(f[6]);
    if (!scenarios.has(f[1])) scenarios.set(f[1], []);
    scenarios.get(f[1])?.push(s);
  } else throw new Error(`unexpected output line: ${line}`);
}

const golden = {
  provenance: {
    go: goVersionString(VERSION),
    goarch: 'amd64',
    command: 'node scripts/capture-map-layout-buckets.mjs',
    note: 'hmap header read through unsafe from heap maps; only hash-independent facts are kept',
  },
  hints,
  sampleHints,
  growth,
  scenarios: [...scenarios].map(([name, steps]) => ({ name, steps })),
};

/**
 * JSON with two-space indentation, arrays of scalars (and arrays of such arrays) on one line.
 * @param {unknown} v
 * @param {string} indent
 * @returns {string}
 */
function format(v, indent) {
  const flat = (/** @type {unknown} */ x) => x === null || typeof x !== 'object' || (Array.isArray(x) && x.every((y) => y === null || typeof y !== 'object'));
  if (Array.isArray(v)) {
    if (v.every(flat)) return JSON.stringify(v).replace(/,/g, ', ');
    const inner = indent + '  ';
    return '[\n' + v.map((x) => inner + format(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (v !== null && typeof v === 'object') {
    const o = /** @type {Record<string, unknown>} */ (v);
    if (Object.values(o).every((x) => x === null || typeof x !== 'object')) {
      return '{ ' + Object.entries(o).map(([k, x]) => JSON.stringify(k) + ': ' + JSON.stringify(x)).join(', ') + ' }';
    }
    const inner = indent + '  ';
    return '{\n' + Object.entries(o).map(([k, x]) => inner + JSON.stringify(k) + ': ' + format(x, inner)).join(',\n') + '\n' + indent + '}';
  }
  return JSON.stringify(v);
}

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, format(golden, '') + '\n');
console.log(`wrote ${OUT}: ${hints.length} hint runs, ${growth.length} growth series, ${scenarios.size} scenarios`);
