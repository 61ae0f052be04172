#!/usr/bin/env node
// Captures how often real Go crashes on the crash reproducers in tests/maps/repro (go-facts §2
// style programs: bounded reader/writer races, one write per goroutine, many writers, and the
// one-P programs of §5.8, maps.Clone racing a writer): each program is built with Go 1.23
// (bucket maps) and 1.24 to 1.27 (Swiss tables) and run RUNS times on this machine; the outcomes (exit code and first stderr line)
// and their counts go to tests/maps/repro/observed.json, which tests/maps/crash-freq.test.ts
// compares with the engine's frequencies over seeds. Frequencies depend on the machine
// (core count, load), so the file records nproc and the result is an order-of-magnitude
// oracle, not a byte-for-byte one. The engine models an idle machine (every P's thread gets a CPU
// once woken), so capture on an idle one: on this 2-core machine with a test suite running
// beside it, ten writers crashed in about half the runs, idle in 83-98 of 100. The script
// refuses to start when the 1-minute load average is above 0.5 (--force overrides) and records
// the load averages before and after.
//
// The one-P programs (onep_*) run ten times as often (`onepRuns`): they are short, and their
// crashes, which need a preemption at the wrong instant, are rare on some releases (1 run in 60
// for onep_delete on go1.24).
//
// Usage: node scripts/capture-crash-freq.mjs [--runs 20] [--only <program-prefix>] [--force]
//   --only re-captures the matching programs into the existing observed.json.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram, runExecutable, goVersionString } from './lib/go-toolchain.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIR = join(ROOT, 'tests/maps/repro');
const VERSIONS = ['1.23', '1.24', '1.25', '1.26', '1.27'];
const ri = process.argv.indexOf('--runs');
const RUNS = ri > 0 ? Number(process.argv[ri + 1]) : 20;
const oi = process.argv.indexOf('--only');
const ONLY = oi > 0 ? process.argv[oi + 1] : '';
const OUT = join(DIR, 'observed.json');

if (loadavg()[0] > 0.5 && !process.argv.includes('--force')) {
  console.error(`load average ${loadavg()[0].toFixed(2)} > 0.5: the machine is busy, and real crash frequencies depend on idle CPUs (--force to capture anyway)`);
  process.exit(1);
}
const loadBefore = loadavg()[0];
const scratch = mkdtempSync(join(tmpdir(), 'gomaplab-freq-'));
const out = ONLY !== '' && existsSync(OUT)
  ? JSON.parse(readFileSync(OUT, 'utf8'))
  : { runs: RUNS, onepRuns: 10 * RUNS, nproc: availableParallelism(), toolchains: {}, programs: {} };
if (out.runs !== RUNS) throw new Error(`observed.json has ${out.runs} runs per program, not ${RUNS}`);
try {
  for (const v of VERSIONS) out.toolchains[v] = goVersionString(v);
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.go') && n.startsWith(ONLY)).sort()) {
    const id = f.slice(0, -3);
    const runs = id.startsWith('onep_') ? out.onepRuns : RUNS;
    out.programs[id] = {};
    const src = readFileSync(join(DIR, f), 'utf8');
    for (const v of VERSIONS) {
      const dir = join(scratch, id + '-' + v);
      const b = buildProgram(v, src, dir, scratch);
      if (!b.ok) throw new Error(`${f} does not build with Go ${v}:\n${b.stderr}`);
      const counts = new Map();
      for (let i = 0; i < runs; i++) {
        const r = runExecutable(b.exe, [], { PATH: '/usr/bin:/bin' }, dir, 30_000);
        const first = r.stderr.toString('utf8').split('\n')[0] ?? '';
        const key = `${r.exitCode}\u0000${first}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      out.programs[id][v] = [...counts].map(([k, count]) => {
        const [exitCode, firstLine] = k.split('\u0000');
        return { exitCode: Number(exitCode), firstLine, count };
      }).sort((a, b) => b.count - a.count || a.firstLine.localeCompare(b.firstLine));
      console.log(id, v, JSON.stringify(out.programs[id][v]));
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const programs = Object.fromEntries(Object.entries(out.programs).sort(([a], [b]) => a.localeCompare(b)));
const load = ONLY !== '' && out.load !== undefined ? out.load : {};
load[ONLY === '' ? '*' : ONLY] = { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) };
writeFileSync(OUT, JSON.stringify({ ...out, load, programs }, null, 2) + '\n');
