#!/usr/bin/env node
// Captures the layout goldens of the Swiss-table map model (src/engine/runtime/maps/swiss.ts)
// from real Go 1.24, 1.25, 1.26 and 1.27: a Go program reads internal/runtime/maps.Map (used,
// dirPtr, dirLen, globalDepth, clearSeq, seed) and its tables (capacity, used, growthLeft,
// localDepth, index) through unsafe, with mirrors of the structs of each release (map.go Map,
// table.go table, group.go groupsReference; the same in go1.24-1.27 except Map.tombstonePossible,
// which go1.24 lacks: go1.24 map.go:194, go1.25 map.go:195), and records only quantities that do
// not depend on the (per-process random) hash:
//   - `hints`: after `make(map[int]int, hint)` for hints 0..2000, 2^k ± 1 up to 2^20 and a few
//     huge hints (which NewMap turns into an empty map); runs of equal layouts are folded into
//     {from, to}. For single-table layouts, `firstGrowAt` is the insert that first replaces
//     the table (growthLeft + 1) and `grownCapacity` the capacity after it.
//   - `inserts`: for map[int]int and map[string]int from `make(..)`, each insert (1..5000) that
//     changes the layout, until the first split (later splits depend on the hash); and for
//     every later insert, checks that hold whatever the hash (all tables 1024 slots, no
//     tombstones, growthLeft = 896 - used, dirLen = 1 << globalDepth, used sums to n).
//   - `scenarios`: small-map reuse of deleted slots, updates of a full small map, clear of small
//     and table maps and of a map emptied by deletes, seed resets, maps.Clone (the step of a
//     `clone` op describes the clone; seedChanged: its seed differs from the source's)
//     (growthLeft -1: not recorded, after deletes from a table map).
//   - `churn`: `trials` maps of map[int]int filled with n keys, then `rounds` times delete the
//     oldest key and insert a new one; the histogram of the final total capacity (go1.24 has no
//     pruneTombstones and grows where later releases prune).
//   - `iteration`: hash-independent iteration facts: the distinct orders of repeated ranges
//     over an unchanged small map, a range that updates every key of a full small map (what it
//     produces and the layout after), a range that clears the map.
// Writes tests/maps/goldens/swiss-go1.NN.json; running it again reproduces the files byte for
// byte, except the counts of churn outcomes that are not certain (go1.24's 14- and 100-key
// workloads: the tests compare the most frequent outcome and the set of outcomes).
//
// Usage: node scripts/capture-map-layout-swiss.mjs [--go 1.25]   (default: 1.24 to 1.27)

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProgram, goTool, goVersionString, runExecutable } from './lib/go-toolchain.ts';

const gi = process.argv.indexOf('--go');
const VERSIONS = gi > 0 ? [process.argv[gi + 1]] : ['1.24', '1.25', '1.26', '1.27'];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCRATCH = '/tmp/gomaplab-swiss-capture/cache';

/**
 * The capture program for a release: the Map mirror has tombstonePossible from go1.25.
 * @param {string} version
 */
const program = (version) => String.raw`package main

import (
	"encoding/json"
	"maps"
	"os"
	"strconv"
	"strings"
	"unsafe"
)

// Mirrors of internal/runtime/maps of this release (go1.27 map.go:214, table.go:34,
// group.go:313; go1.24 map.go:194, table.go:34, group.go:283).
type groupsReference struct {
	data       unsafe.Pointer
	lengthMask uint64
}

type table struct {
	used       uint16
	capacity   uint16
	growthLeft uint16
	localDepth uint8
	index      int
	groups     groupsReference
}

type Map struct {
	used              uint64
	seed              uintptr
	dirPtr            unsafe.Pointer
	dirLen            int
	globalDepth       uint8
	globalShift       uint8
	writing           uint8
` + (version === '1.24' ? '' : '\ttombstonePossible bool\n') + String.raw`	clearSeq          uint64
}

func tombstonePossible(m *Map) bool {
	return ` + (version === '1.24' ? 'false // go1.24 has no such field' : 'm.tombstonePossible') + String.raw`
}

var sink []any // maps escape: heap maps, as the model (no stack-allocated groups)

func mapOf[K comparable](m map[K]int) *Map {
	sink = append(sink, m)
	return *(**Map)(unsafe.Pointer(&m))
}

func tables(m *Map) []*table {
	var out []*table
	for i := 0; i < m.dirLen; i++ {
		t := *(**table)(unsafe.Add(m.dirPtr, uintptr(i)*unsafe.Sizeof(uintptr(0))))
		if len(out) == 0 || out[len(out)-1] != t {
			out = append(out, t)
		}
	}
	return out
}

type Layout struct {
	DirPtrNil   bool ` + "`json:\"dirPtrNil\"`" + `
	Used        uint64 ` + "`json:\"used\"`" + `
	DirLen      int ` + "`json:\"dirLen\"`" + `
	GlobalDepth uint8 ` + "`json:\"globalDepth\"`" + `
	Tables      int ` + "`json:\"tables\"`" + `
	// Per table (all equal in the deterministic cases recorded).
	Capacity   []uint16 ` + "`json:\"capacity\"`" + `
	GrowthLeft []uint16 ` + "`json:\"growthLeft\"`" + `
	LocalDepth []int ` + "`json:\"localDepth\"`" + ` // not []uint8: JSON would encode base64
	Index      []int ` + "`json:\"index\"`" + `
}

func layout(m *Map) Layout {
	l := Layout{DirPtrNil: m.dirPtr == nil, Used: m.used, DirLen: m.dirLen, GlobalDepth: m.globalDepth,
		Capacity: []uint16{}, GrowthLeft: []uint16{}, LocalDepth: []int{}, Index: []int{}}
	for _, t := range tables(m) {
		l.Tables++
		l.Capacity = append(l.Capacity, t.capacity)
		l.GrowthLeft = append(l.GrowthLeft, t.growthLeft)
		l.LocalDepth = append(l.LocalDepth, int(t.localDepth))
		l.Index = append(l.Index, t.index)
	}
	return l
}

type Hint struct {
	Hint          int    ` + "`json:\"hint\"`" + `
	Layout        Layout ` + "`json:\"layout\"`" + `
	FirstGrowAt   int    ` + "`json:\"firstGrowAt\"`" + `
	GrownCapacity uint16 ` + "`json:\"grownCapacity\"`" + `
}

type Change struct {
	N           int   ` + "`json:\"n\"`" + `
	DirLen      int   ` + "`json:\"dirLen\"`" + `
	GlobalDepth uint8 ` + "`json:\"globalDepth\"`" + `
	Tables      int   ` + "`json:\"tables\"`" + `
	CapacitySum int   ` + "`json:\"capacitySum\"`" + `
	Small       bool  ` + "`json:\"small\"`" + `
}

type Inserts struct {
	Key          string   ` + "`json:\"key\"`" + `
	Changes      []Change ` + "`json:\"changes\"`" + `
	FirstSplitAt int      ` + "`json:\"firstSplitAt\"`" + `
	CheckedUpTo  int      ` + "`json:\"checkedUpTo\"`" + `
	ChecksHold   bool     ` + "`json:\"checksHold\"`" + `
}

func capSum(m *Map) int {
	s := 0
	for _, t := range tables(m) {
		s += int(t.capacity)
	}
	return s
}

func trajectory[K comparable](name string, key func(int) K) Inserts {
	mm := make(map[K]int)
	m := mapOf(mm)
	out := Inserts{Key: name, Changes: []Change{}, ChecksHold: true}
	last := Change{N: -1}
	split := false
	for n := 1; n <= 5000; n++ {
		mm[key(n)] = n
		c := Change{N: n, DirLen: m.dirLen, GlobalDepth: m.globalDepth, Tables: len(tables(m)), CapacitySum: capSum(m), Small: m.dirLen == 0}
		if !split && (c.DirLen != last.DirLen || c.CapacitySum != last.CapacitySum || c.Small != last.Small) {
			out.Changes = append(out.Changes, c)
			last = c
			if c.DirLen > 1 {
				split = true
				out.FirstSplitAt = n
			}
			continue
		}
		if !split {
			continue
		}
		// After the first split: what holds whatever the hash.
		used := 0
		ok := m.dirLen == 1<<m.globalDepth && m.used == uint64(n)
		for _, t := range tables(m) {
			used += int(t.used)
			ok = ok && t.capacity == 1024 && t.growthLeft == 896-t.used && t.localDepth <= m.globalDepth && t.localDepth >= 1
		}
		ok = ok && used == n && len(tables(m))*896 >= n
		out.ChecksHold = out.ChecksHold && ok
		out.CheckedUpTo = n
	}
	return out
}

type Scenario struct {
	Name     string  ` + "`json:\"name\"`" + `
	Steps    []Step  ` + "`json:\"steps\"`" + `
}

type Step struct {
	Op          string ` + "`json:\"op\"`" + `
	Used        uint64 ` + "`json:\"used\"`" + `
	DirLen      int    ` + "`json:\"dirLen\"`" + `
	Small       bool   ` + "`json:\"small\"`" + `
	DirPtrNil   bool   ` + "`json:\"dirPtrNil\"`" + `
	CapacitySum int    ` + "`json:\"capacitySum\"`" + `
	GrowthLeft  int    ` + "`json:\"growthLeft\"`" + `
	ClearSeq    uint64 ` + "`json:\"clearSeq\"`" + `
	SeedChanged bool   ` + "`json:\"seedChanged\"`" + `
}

func scenario(name string, ops []string) Scenario {
	mm := make(map[int]int)
	m := mapOf(mm)
	s := Scenario{Name: name, Steps: []Step{}}
	dirty := false // a table map had deletes since the last clear: tombstones depend on the hash
	for _, op := range ops {
		seed := m.seed
		clearSeq := m.clearSeq
		// op: "set a b" (keys a..b-1), "del a b", "clear", "clone", "tombstones" (asserts that
		// deletes left a tombstone, go1.25+, so that what a clear then does is hash-independent)
		f := strings.Fields(op)
		switch f[0] {
		case "clone":
			c := maps.Clone(mm)
			cm := mapOf(c)
			gl := 0
			for _, t := range tables(cm) {
				gl += int(t.growthLeft)
			}
			if dirty {
				gl = -1
			}
			s.Steps = append(s.Steps, Step{Op: op, Used: cm.used, DirLen: cm.dirLen, Small: cm.dirLen == 0, DirPtrNil: cm.dirPtr == nil,
				CapacitySum: capSum(cm), GrowthLeft: gl, ClearSeq: cm.clearSeq, SeedChanged: cm.seed != m.seed})
			continue
		case "tombstones":
			if ` + (version === '1.24' ? 'false' : '!tombstonePossible(m)') + String.raw` {
				panic("no tombstone: the scenario needs another key set")
			}
		case "clear":
			clear(mm)
			if m.clearSeq != clearSeq {
				dirty = false // the tables were cleared (go1.24 skips a map with no entries)
			}
		case "set", "del":
			dirty = dirty || (f[0] == "del" && m.dirLen > 0)
			a, _ := strconv.Atoi(f[1])
			b, _ := strconv.Atoi(f[2])
			for k := a; k < b; k++ {
				if f[0] == "set" {
					mm[k] = k
				} else {
					delete(mm, k)
				}
			}
		}
		gl := 0
		for _, t := range tables(m) {
			gl += int(t.growthLeft)
		}
		if dirty {
			gl = -1 // not recorded
		}
		s.Steps = append(s.Steps, Step{Op: op, Used: m.used, DirLen: m.dirLen, Small: m.dirLen == 0, DirPtrNil: m.dirPtr == nil,
			CapacitySum: capSum(m), GrowthLeft: gl, ClearSeq: m.clearSeq, SeedChanged: m.seed != seed})
	}
	return s
}

type Churn struct {
	N      int            ` + "`json:\"n\"`" + `
	Rounds int            ` + "`json:\"rounds\"`" + `
	Trials int            ` + "`json:\"trials\"`" + `
	Hist   map[string]int ` + "`json:\"capacitySum\"`" + `
}

func churn(n, rounds, trials int) Churn {
	c := Churn{N: n, Rounds: rounds, Trials: trials, Hist: map[string]int{}}
	for trial := 0; trial < trials; trial++ {
		mm := make(map[int]int)
		m := mapOf(mm)
		for i := 0; i < n; i++ {
			mm[i] = i
		}
		for r := 0; r < rounds; r++ {
			delete(mm, r)
			mm[n+r] = r
		}
		c.Hist[strconv.Itoa(capSum(m))]++
		sink = sink[:0]
	}
	return c
}

type IterFacts struct {
	// Distinct key orders of 400 ranges over an unchanged small map of 8 and of 5 entries.
	Orders8 int ` + "`json:\"orders8\"`" + `
	Orders5 int ` + "`json:\"orders5\"`" + `
	// for k, v := range m { m[k] = v + 100 } over the full small map {0:0 .. 7:7}.
	UpdateCount  int  ` + "`json:\"updateCount\"`" + `
	UpdateSum    int  ` + "`json:\"updateSum\"`" + `
	UpdateSmall  bool ` + "`json:\"updateSmallAfter\"`" + `
	UpdateCapSum int  ` + "`json:\"updateCapacitySum\"`" + `
	// for range m { clear(m) } over 5 and over 100 entries: entries produced.
	ClearSmallCount int ` + "`json:\"clearSmallCount\"`" + `
	ClearTableCount int ` + "`json:\"clearTableCount\"`" + `
}

func orders(n int) int {
	mm := make(map[int]int)
	for i := 0; i < n; i++ {
		mm[i] = i
	}
	seen := map[string]bool{}
	for r := 0; r < 400; r++ {
		var b strings.Builder
		for k := range mm {
			b.WriteString(strconv.Itoa(k) + ",")
		}
		seen[b.String()] = true
	}
	return len(seen)
}

func iteration() IterFacts {
	f := IterFacts{Orders8: orders(8), Orders5: orders(5)}
	mm := make(map[int]int)
	m := mapOf(mm)
	for i := 0; i < 8; i++ {
		mm[i] = i
	}
	for k, v := range mm {
		mm[k] = v + 100
		f.UpdateCount++
		f.UpdateSum += v
	}
	f.UpdateSmall = m.dirLen == 0
	f.UpdateCapSum = capSum(m)
	for _, n := range []int{5, 100} {
		c := make(map[int]int)
		for i := 0; i < n; i++ {
			c[i] = i
		}
		cnt := 0
		for range c {
			clear(c)
			cnt++
		}
		if n == 5 {
			f.ClearSmallCount = cnt
		} else {
			f.ClearTableCount = cnt
		}
	}
	return f
}

type Out struct {
	Hints     []Hint     ` + "`json:\"hints\"`" + `
	Inserts   []Inserts  ` + "`json:\"inserts\"`" + `
	Scenarios []Scenario ` + "`json:\"scenarios\"`" + `
	Churn     []Churn    ` + "`json:\"churn\"`" + `
	Iteration IterFacts  ` + "`json:\"iteration\"`" + `
}

func main() {
	var hints []int
	for h := 0; h <= 2000; h++ {
		hints = append(hints, h)
	}
	for k := 11; k <= 20; k++ {
		hints = append(hints, 1<<k-1, 1<<k, 1<<k+1)
	}
	hints = append(hints, 1000000, 1<<40, 1<<50, 1<<62, int(^uint(0)>>1))
	var out Out
	for _, h := range hints {
		mm := make(map[int]int, h)
		m := mapOf(mm)
		r := Hint{Hint: h, Layout: layout(m)}
		if m.dirLen <= 1 && h <= 2000 {
			// The insert that first replaces the table (a small map: grows to a table).
			before := tables(m)
			for n := 1; n <= 2000; n++ {
				mm[n] = n
				ts := tables(m)
				if (len(before) == 0 && m.dirLen == 1) || (len(before) == 1 && ts[0] != before[0]) {
					r.FirstGrowAt = n
					r.GrownCapacity = ts[0].capacity
					break
				}
			}
		}
		out.Hints = append(out.Hints, r)
		sink = sink[:0]
	}
	out.Inserts = []Inserts{
		trajectory("int", func(n int) int { return n }),
		trajectory("string", func(n int) string { return "k" + strconv.Itoa(n) }),
	}
	out.Scenarios = []Scenario{
		scenario("small-reuse", []string{"set 0 8", "del 0 4", "set 100 104", "set 200 201"}),
		scenario("small-clear", []string{"set 0 5", "clear", "set 0 3", "del 0 3", "clear"}),
		scenario("table-clear", []string{"set 0 100", "clear", "set 0 50", "clear", "clear"}),
		scenario("delete-to-empty", []string{"set 0 20", "del 100 101", "del 0 20", "del 0 1", "set 0 1"}),
		scenario("empty-clear", []string{"clear", "del 0 1"}),
		scenario("small-full-update", []string{"set 0 8", "set 0 8", "set 0 1"}),
		scenario("small-update-below-full", []string{"set 0 7", "set 0 7", "set 7 8", "set 7 8"}),
		scenario("deleted-then-clear", []string{"set 0 896", "del 0 896", "tombstones", "clear", "set 0 10", "clear"}),
		scenario("clone", []string{"clone", "set 0 5", "clone", "set 0 200", "clone", "del 0 150", "clone", "clear", "clone", "set 0 3", "clone"}),
	}
	out.Churn = []Churn{churn(14, 1000, 40), churn(50, 5000, 40), churn(100, 2000, 40)}
	out.Iteration = iteration()
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
`;

/**
 * Folds consecutive hints with identical results into ranges.
 * @param {Array<{hint: number, layout: object, firstGrowAt: number, grownCapacity: number}>} hints
 * @returns {Array<object>}
 */
function foldHints(hints) {
  /** @type {Array<object>} */
  const out = [];
  let prev = '';
  for (const h of hints) {
    const l = h.layout;
    const uniform = (/** @type {number[]} */ xs) => (xs.every((x) => x === xs[0]) ? (xs[0] ?? null) : xs);
    const rec = {
      dirPtrNil: l.dirPtrNil, used: l.used, dirLen: l.dirLen, globalDepth: l.globalDepth, tables: l.tables,
      capacity: uniform(l.capacity), growthLeft: uniform(l.growthLeft), localDepth: uniform(l.localDepth),
      firstGrowAt: h.firstGrowAt || null, grownCapacity: h.grownCapacity || null,
    };
    if (!l.index.every((x, i) => x === i)) throw new Error(`hint ${h.hint}: table indexes ${l.index}`);
    const key = JSON.stringify(rec);
    const last = out[out.length - 1];
    if (key === prev && last.to === h.hint - 1) last.to = h.hint;
    else out.push({ from: h.hint, to: h.hint, ...rec });
    prev = key;
  }
  return out;
}

for (const VERSION of VERSIONS) {
  const minor = VERSION.split('.')[1];
  const OUT = join(ROOT, `tests/maps/goldens/swiss-go1.${minor}.json`);
  const DIR = `/tmp/gomaplab-swiss-capture/prog${minor}`;
  const b = buildProgram(VERSION, program(VERSION), DIR, SCRATCH);
  if (!b.ok) throw new Error('go build failed:\n' + b.stderr);
  const r = runExecutable(b.exe, [], { PATH: '/usr/bin:/bin', HOME: '/tmp', GOMAXPROCS: '1' }, DIR, 300_000);
  if (r.exitCode !== 0) throw new Error('capture program failed:\n' + r.stderr.toString('utf8'));
  const data = JSON.parse(r.stdout.toString('utf8'));

  const [goos, goarch] = execFileSync(/** @type {string} */ (goTool(VERSION)), ['env', 'GOOS', 'GOARCH'], { env: { ...process.env, GOTOOLCHAIN: 'local' } })
    .toString().trim().split('\n');
  const golden = {
    provenance: {
      go: goVersionString(VERSION),
      goos,
      goarch,
      command: 'node scripts/capture-map-layout-swiss.mjs',
      note: 'Only hash-independent quantities; see the script header.',
    },
    hints: foldHints(data.hints),
    inserts: data.inserts,
    scenarios: data.scenarios,
    churn: data.churn,
    iteration: data.iteration,
  };

  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(golden, null, 1) + '\n');
  console.log(`wrote ${OUT}: ${golden.hints.length} hint ranges, ${golden.inserts.length} insert trajectories, ${golden.scenarios.length} scenarios, ${golden.churn.length} churn workloads`);
}
