#!/usr/bin/env node
// Benchmark: each program of bench/progs in the engine (in-process under Node, in a worker
// thread so a run that never ends is cut off) and natively (built once with Go 1.27, timed
// as a whole process), interleaved A B A B after one warm-up each. Prints per program the
// median engine compile and run times, the median native time, the ratio
// (engine compile+run) / native, Yaegi's ratio from bench/README.md (quoted from
// research/perf-anchors.md), and the geometric means. The engine's output must equal the
// native output (the checksum line); a mismatch is reported, not timed. Without a Go
// toolchain only engine times are printed.
//
// Usage: node scripts/bench.mjs [--runs N] [--timeout-ms MS] [--engine path/to/index.ts] [filter]
// (--engine runs another module with the same compile/run exports; default src/engine/index.ts)

import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { EnginePool } from './lib/engine-pool.ts';
import { buildProgram, goTool, runExecutable } from './lib/go-toolchain.ts';
import { ABS_PATH } from './lib/normalise.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let runs = 5;
let timeoutMs = 120_000;
let filter = '';
let enginePath;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--engine') enginePath = argv[++i];
  else if (argv[i] === '--timeout-ms') timeoutMs = Number(argv[++i]);
  else filter = argv[i];
}

const GO = '1.27';
const progDir = join(root, 'bench/progs');
const names = readdirSync(progDir).filter((n) => n.includes(filter)).sort();

/** Yaegi ratios from bench/README.md's table (go1.27 column). */
function yaegiRatios() {
  const out = new Map();
  const text = readFileSync(join(root, 'bench/README.md'), 'utf8');
  for (const m of text.matchAll(/^\| (\w+)\s*\| ([\d.]+) \| [\d.]+ \|$/gm)) out.set(m[1], Number(m[2]));
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const geomean = (xs) => (xs.length === 0 ? NaN : Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length));
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');

const haveGo = goTool(GO) !== null;
const scratch = '/tmp/gomaplab-bench';
mkdirSync(scratch, { recursive: true });
const yaegi = yaegiRatios();
const pool = new EnginePool(1, enginePath);
const rows = [];

for (const name of names) {
  const source = readFileSync(join(progDir, name, 'main.go'), 'utf8');
  let exe = null;
  let nativeOut = null;
  if (haveGo) {
    const b = buildProgram(GO, source, join(scratch, name), join(scratch, 'cache'));
    if (!b.ok) {
      rows.push({ name, native: NaN, note: `native build failed: ${b.stderr.split('\n')[1] ?? ''}` });
      continue;
    }
    exe = b.exe;
  }
  const job = { source, go: GO, absPath: ABS_PATH, steps: 1e12, wallMs: timeoutMs };
  const engineOnce = () => pool.run(job, timeoutMs + 10_000);
  const nativeOnce = () => {
    const t0 = performance.now();
    const r = runExecutable(exe, [], { PATH: '/usr/bin:/bin', HOME: '/tmp' }, scratch, timeoutMs);
    const ms = performance.now() - t0;
    return { ms, out: r.stdout.toString('utf8'), code: r.exitCode };
  };

  /** Native median alone, for rows the engine cannot time. */
  const nativeOnly = () => (exe ? median(Array.from({ length: runs }, () => nativeOnce().ms)) : NaN);

  // Warm-up (also the correctness check).
  const first = await engineOnce();
  if (exe) nativeOut = nativeOnce().out;
  if (first.status !== 'ok' || first.exitCode !== 0 || first.limit) {
    const why = first.status !== 'ok' ? first.message : first.limit ? `limit ${first.limit}` : `exit ${first.exitCode}: ${first.stderr.split('\n').find((l) => l !== '' && !l.startsWith('# ')) ?? ''}`;
    rows.push({ name, native: nativeOnly(), note: `engine cannot run it yet (${why.slice(0, 120)})` });
    continue;
  }
  if (nativeOut !== null && first.stdout !== nativeOut) {
    rows.push({ name, native: nativeOnly(), note: `checksum mismatch: engine ${JSON.stringify(first.stdout.trim())}, native ${JSON.stringify(nativeOut.trim())}` });
    continue;
  }
  const compile = [];
  const run = [];
  const native = [];
  const ratios = [];
  let bad = null;
  for (let i = 0; i < runs && !bad; i++) {
    const e = await engineOnce();
    if (e.status !== 'ok' || (nativeOut !== null && e.stdout !== nativeOut)) {
      bad = e.status !== 'ok' ? e.message : 'output changed between runs';
      break;
    }
    compile.push(e.compileMs);
    run.push(e.runMs);
    if (exe) {
      const n = nativeOnce();
      native.push(n.ms);
      ratios.push((e.compileMs + e.runMs) / n.ms);
    }
  }
  if (bad) {
    rows.push({ name, native: nativeOnly(), note: bad });
    continue;
  }
  rows.push({ name, compile: median(compile), run: median(run), native: exe ? median(native) : NaN, ratio: exe ? median(ratios) : NaN });
}
await pool.close();

const header = ['program', 'compile ms', 'run ms', 'native ms', 'ratio', 'yaegi ratio'];
const lines = [header];
for (const r of rows) {
  const y = yaegi.get(r.name);
  const ys = y ? `${y}x` : '-';
  if (r.note) lines.push([r.name, '-', '-', fmt(r.native), '-', ys]);
  else lines.push([r.name, fmt(r.compile), fmt(r.run), fmt(r.native), Number.isFinite(r.ratio) ? `${fmt(r.ratio)}x` : '-', ys]);
}
const widths = header.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
for (const l of lines) console.log(l.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
const timed = rows.filter((r) => !r.note && Number.isFinite(r.ratio));
if (timed.length > 0) {
  const gm = geomean(timed.map((r) => r.ratio));
  const gy = geomean(timed.map((r) => yaegi.get(r.name)).filter((x) => x !== undefined));
  console.log(`geometric mean over ${timed.length} programs: engine ${fmt(gm, 2)}x native, yaegi ${fmt(gy, 2)}x (same programs)`);
}
for (const r of rows) if (r.note) console.log(`${r.name}: ${r.note}`);
if (!haveGo) console.log(`(no Go ${GO} toolchain at /usr/lib/go-${GO}: engine times only)`);
console.log(`runs per program: ${runs} (median; ratio = median of paired (compile+run)/native)`);
