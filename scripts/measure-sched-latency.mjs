#!/usr/bin/env node
// Measures, with real Go 1.23 and 1.27 at GOMAXPROCS=2, the timings the scheduler model's
// wake-up constants (runtime/sched.ts WAKEP_*, STEAL_SPREAD) and the map code's allocation
// cost (runtime/maps/entry.ts COST_ALLOC) stand for: scripts/latency/cw2x1_timed.go is
// tests/maps/repro/cw2x1.go (two goroutines, one map write each) with monotonic timestamps
// around the go statements, each goroutine's start and its write. Prints p25/median/p75 per
// quantity and version, and the crash count (a crashing run prints no timestamps, so the
// quantities describe the runs that did not crash). Writes tests/maps/repro/latency.json.
//
// Usage: node scripts/measure-sched-latency.mjs [--runs 30]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram, runExecutable, goVersionString } from './lib/go-toolchain.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const ri = process.argv.indexOf('--runs');
const RUNS = ri > 0 ? Number(process.argv[ri + 1]) : 30;
const src = readFileSync(join(ROOT, 'scripts/latency/cw2x1_timed.go'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'gomaplab-latency-'));
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const out = { runs: RUNS, gomaxprocs: 2, toolchains: {}, versions: {} };
try {
  for (const v of ['1.23', '1.27']) {
    out.toolchains[v] = goVersionString(v);
    const dir = join(scratch, v);
    const b = buildProgram(v, src, dir, scratch);
    if (!b.ok) throw new Error(`does not build with Go ${v}:\n${b.stderr}`);
    const q = { 'go1-go0': [], 'start0-go0': [], 'start1-go1': [], 'start0-start1': [], 'write0': [], 'write1': [], 'firstWrite': [], 'secondWrite': [] };
    let crashes = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = runExecutable(b.exe, [], { PATH: '/usr/bin:/bin', GOMAXPROCS: '2' }, dir, 30_000);
      if (r.exitCode !== 0) {
        crashes++;
        continue;
      }
      const [go0, go1, st0, st1, wb0, we0, wb1, we1] = r.stdout.toString('utf8').trim().split(' ').map(Number);
      q['go1-go0'].push(go1 - go0);
      q['start0-go0'].push(st0 - go0);
      q['start1-go1'].push(st1 - go1);
      q['start0-start1'].push(st0 - st1);
      q.write0.push(we0 - wb0);
      q.write1.push(we1 - wb1);
      q.firstWrite.push(wb0 < wb1 ? we0 - wb0 : we1 - wb1);
      q.secondWrite.push(wb0 < wb1 ? we1 - wb1 : we0 - wb0);
    }
    const row = { crashes };
    for (const [k, xs] of Object.entries(q)) row[k] = { p25: pct(xs, 0.25), median: pct(xs, 0.5), p75: pct(xs, 0.75), min: pct(xs, 0), max: pct(xs, 1) };
    out.versions[v] = row;
    console.log(`go${v}: ${crashes}/${RUNS} crashed`);
    for (const [k, s] of Object.entries(row)) if (k !== 'crashes') console.log(`  ${k.padEnd(14)} ns  p25 ${s.p25}  median ${s.median}  p75 ${s.p75}  (min ${s.min}, max ${s.max})`);
  }
  writeFileSync(join(ROOT, 'tests/maps/repro/latency.json'), JSON.stringify(out, null, 2) + '\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
