#!/usr/bin/env node
// Captures real Go's tracebacks at GOTRACEBACK=system and GOTRACEBACK=crash (and `all` for some programs) for every supported
// toolchain (1.19, 1.21–1.27) and stores them as goldens in tests/systb/goldens/<program>-<go>-<level>.json.
//
//   node scripts/capture-system-tracebacks.mjs                   capture everything
//   node scripts/capture-system-tracebacks.mjs --only deadlock   some programs (comma list)
//   node scripts/capture-system-tracebacks.mjs --go 1.27         some toolchains (comma list)
//   node scripts/capture-system-tracebacks.mjs --check           repeat runs until each golden is reproduced
//   node scripts/capture-system-tracebacks.mjs --double writes10 200
//        run a 10-writer program 200 times per toolchain and level and count the runs that print
//        `fatal error:` twice (the shapes are written to /tmp/gomaplab-systb/double/; a survey of 60
//        runs is kept in tests/systb/double/: 6–13 of 60 on 1.19–1.23 at every level, 0 on
//        1.24–1.27, where runtime.fatal holds printlock while it prints, go1.24 panic.go fatal)
//
// The programs: the three map crashes of chapter 1 (scripts/crash/progs/{readwrite,writes,iterate})
// and scripts/systb/progs/* (a deadlock with goroutines blocked in every way the engine models, a
// goroutine panic beside blocked and sleeping goroutines, a runtime-error panic in main, sync's
// fatal "unlock of unlocked mutex", a pipeline of workers deadlocked behind a WaitGroup, and rt*:
// runtime errors other than an index out of range, in main or in a goroutine, and one program
// without goroutines).
//
// How a golden is made: the program is copied to /tmp/gomaplab-systb/<program>/main.go (a fixed
// path, so tracebacks name the same file on every run), built with `go build`, and run with a clean
// environment and GOTRACEBACK set, core dumps off. Concurrent runs vary: which goroutine fails,
// where the others stopped, the ids of main's goroutines (17.. when main resumed on another P
// during start-up, 5.. when it stayed on P0; the engine models the first) and, for a deadlock,
// which scheduler path called checkdead. A run is accepted when it has the program's intended
// outcome (exit status, first line, failing goroutine, main's goroutines numbered from 17);
// hexadecimal numbers are replaced by 0x… (scripts/crash/normalise.mjs), and the most frequent
// accepted output of SAMPLES is stored.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseOutput } from './crash/normalise.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests/systb/goldens');
const WORK = '/tmp/gomaplab-systb';
const VERSIONS = ['1.19', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26', '1.27'];
const LEVELS = ['system', 'crash'];
const SAMPLES = 5;
const RUN_TIMEOUT_MS = 20_000;

const WRITES = 'fatal error: concurrent map writes';

/**
 * @typedef {object} Program
 * @property {string} dir        folder holding main.go
 * @property {string} firstLine  first line of stderr
 * @property {string} [firstLineBefore20]  go1.19's first line, where it differs
 * @property {RegExp} failing    first goroutine header
 * @property {RegExp} [frame]    first main.* frame of the failing goroutine
 * @property {number} maxTries
 * @property {number} [samples]  accepted runs to choose the most frequent output from (default SAMPLES)
 * @property {string[]} [levels]  further GOTRACEBACK levels to capture (`all`: the frames of blocked
 *   goroutines without the runtime's)
 */
/** @type {Record<string, Program>} */
const PROGRAMS = {
  readwrite: { dir: 'scripts/crash/progs/readwrite', firstLine: 'fatal error: concurrent map read and map write', failing: /^goroutine 1 /, frame: /^main\.main\(\)/, maxTries: 60 },
  writes: { dir: 'scripts/crash/progs/writes', firstLine: WRITES, failing: /^goroutine \d+ /, frame: /^main\.writer\(/, maxTries: 200 },
  iterate: { dir: 'scripts/crash/progs/iterate', firstLine: 'fatal error: concurrent map iteration and map write', failing: /^goroutine 1 /, frame: /^main\.main\(\)/, maxTries: 60 },
  // checkdead's caller varies (findRunnable most often, startlockedm, mstart0): more samples.
  deadlock: { dir: 'scripts/systb/progs/deadlock', firstLine: 'fatal error: all goroutines are asleep - deadlock!', failing: /^goroutine 1 /, maxTries: 60, samples: 15, levels: ['all'] },
  gopanic: { dir: 'scripts/systb/progs/gopanic', firstLine: 'panic: 42', failing: /^goroutine \d+ /, frame: /^main\.(boom|main\.gowrap)/, maxTries: 60, levels: ['all'] },
  pipeline: { dir: 'scripts/systb/progs/pipeline', firstLine: 'fatal error: all goroutines are asleep - deadlock!', failing: /^goroutine 1 /, maxTries: 60, samples: 15, levels: ['all'] },
  mainpanic: { dir: 'scripts/systb/progs/mainpanic', firstLine: 'panic: runtime error: index out of range [5] with length 3', failing: /^goroutine 1 /, frame: /^main\.(index|main)/, maxTries: 60 },
  recvkinds: { dir: 'scripts/systb/progs/recvkinds', firstLine: 'fatal error: all goroutines are asleep - deadlock!', failing: /^goroutine 1 /, maxTries: 60, samples: 15, levels: ['all'] },
  // fmt formatting a map that another goroutine writes (fmt → internal/fmtsort → reflect.MapIter).
  printmap: { dir: 'scripts/systb/progs/printmap', firstLine: 'fatal error: concurrent map iteration and map write', failing: /^goroutine 1 /, frame: /^main\.main\(\)/, maxTries: 60, levels: ['single'] },
  sprintfmap: { dir: 'scripts/systb/progs/sprintfmap', firstLine: 'fatal error: concurrent map iteration and map write', failing: /^goroutine 1 /, frame: /^main\.main\(\)/, maxTries: 60, levels: ['single'] },
  unlock: { dir: 'scripts/systb/progs/unlock', firstLine: 'fatal error: sync: unlock of unlocked mutex', failing: /^goroutine 1 /, maxTries: 60 },
  // Runtime errors other than an index out of range: the runtime frames above the user's
  // (src/engine/runtime/gtrace.ts runtimeErrorFrames), in main or in a goroutine.
  rtdivide: { dir: 'scripts/systb/progs/rtdivide', firstLine: 'panic: runtime error: integer divide by zero', failing: /^goroutine 1 /, frame: /^main\.main\(\)/, maxTries: 60 },
  rtshift: { dir: 'scripts/systb/progs/rtshift', firstLine: 'panic: runtime error: negative shift amount', failing: /^goroutine \d+ /, frame: /^main\.shift\(/, maxTries: 60 },
  rtslice: { dir: 'scripts/systb/progs/rtslice', firstLine: 'panic: runtime error: slice bounds out of range [:5] with capacity 3', failing: /^goroutine 1 /, frame: /^main\.head\(/, maxTries: 60 },
  rtslice3: { dir: 'scripts/systb/progs/rtslice3', firstLine: 'panic: runtime error: slice bounds out of range [:3:2]', failing: /^goroutine \d+ /, frame: /^main\.window\(/, maxTries: 60 },
  rtstrslice: { dir: 'scripts/systb/progs/rtstrslice', firstLine: 'panic: runtime error: slice bounds out of range [:5] with length 3', failing: /^goroutine 1 /, frame: /^main\.prefix\(/, maxTries: 60 },
  rtconvert: { dir: 'scripts/systb/progs/rtconvert', firstLine: 'panic: runtime error: cannot convert slice with length 2 to array or pointer to array with length 4', failing: /^goroutine \d+ /, frame: /^main\.first4\(/, maxTries: 60, firstLineBefore20: 'panic: runtime error: cannot convert slice with length 2 to pointer to array with length 4' },
  rtassert: { dir: 'scripts/systb/progs/rtassert', firstLine: 'panic: interface conversion: interface {} is string, not int', failing: /^goroutine 1 /, frame: /^main\.toInt\(/, maxTries: 60 },
  rtassertI: { dir: 'scripts/systb/progs/rtassertI', firstLine: 'panic: interface conversion: main.Shape is main.Rect, not main.Square', failing: /^goroutine \d+ /, frame: /^main\.side\(/, maxTries: 60 },
  rtassertE2I: { dir: 'scripts/systb/progs/rtassertE2I', firstLine: 'panic: interface conversion: int is not main.Stringer: missing method String', failing: /^goroutine 1 /, frame: /^main\.name\(/, maxTries: 60 },
  rtassertI2I: { dir: 'scripts/systb/progs/rtassertI2I', firstLine: 'panic: interface conversion: main.Square is not main.Named: missing method Name', failing: /^goroutine \d+ /, frame: /^main\.label\(/, maxTries: 60 },
  rtassertnil: { dir: 'scripts/systb/progs/rtassertnil', firstLine: 'panic: interface conversion: interface is nil, not main.Stringer', failing: /^goroutine 1 /, frame: /^main\.name\(/, maxTries: 60 },
  rtnilmap: { dir: 'scripts/systb/progs/rtnilmap', firstLine: 'panic: assignment to entry in nil map', failing: /^goroutine 1 /, frame: /^main\.count\(/, maxTries: 60 },
  rtnilmapg: { dir: 'scripts/systb/progs/rtnilmapg', firstLine: 'panic: assignment to entry in nil map', failing: /^goroutine \d+ /, frame: /^main\.put\(/, maxTries: 60 },
  rtnilmapseq: { dir: 'scripts/systb/progs/rtnilmapseq', firstLine: 'panic: assignment to entry in nil map', failing: /^goroutine 1 /, frame: /^main\.name\(/, maxTries: 60 },
  rtnilptr: { dir: 'scripts/systb/progs/rtnilptr', firstLine: 'panic: runtime error: invalid memory address or nil pointer dereference', failing: /^goroutine 1 /, frame: /^main\.main\(\)/, maxTries: 60 },
  rtnilptrg: { dir: 'scripts/systb/progs/rtnilptrg', firstLine: 'panic: runtime error: invalid memory address or nil pointer dereference', failing: /^goroutine \d+ /, frame: /^main\.second\(/, maxTries: 60 },
};

function environment(go, level) {
  return {
    PATH: `/usr/lib/go-${go}/bin:/usr/bin:/bin`,
    HOME: join(WORK, '.home'),
    GOCACHE: join(WORK, '.cache', `go${go}`),
    GOPATH: join(WORK, '.gopath'),
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOFLAGS: '-mod=mod',
    ...(level ? { GOTRACEBACK: level } : {}),
  };
}

function build(name, go) {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, PROGRAMS[name]?.dir ?? `scripts/systb/progs/${name}`, 'main.go'), join(dir, 'main.go'));
  const bin = `prog-${go}`;
  const res = spawnSync('go', ['build', '-o', bin, 'main.go'], { cwd: dir, env: environment(go, null), encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`go${go} build of ${name} failed:\n${res.stderr}`);
  return { dir, bin };
}

function runOnce(dir, bin, go, level) {
  const res = spawnSync('/bin/sh', ['-c', 'ulimit -c 0; exec "$@"', 'sh', `./${bin}`], {
    cwd: dir, env: environment(go, level), encoding: 'utf8', timeout: RUN_TIMEOUT_MS, killSignal: 'SIGKILL',
  });
  if (res.error && res.error.code !== 'ETIMEDOUT') throw res.error;
  const signal = res.signal ?? null;
  const exitCode = signal === 'SIGABRT' ? 134 : signal ? 128 : (res.status ?? -1);
  return { stdout: res.stdout ?? '', stderr: res.stderr ?? '', exitCode, signal, timedOut: res.error?.code === 'ETIMEDOUT' };
}

/** Why a run is not the intended shape, or null. */
function rejection(p, level, r, go) {
  if (r.timedOut) return 'timed out';
  const wantExit = level === 'crash' ? 134 : 2;
  if (r.exitCode !== wantExit) return `exit ${r.exitCode}`;
  const lines = r.stderr.split('\n');
  const first = go === '1.19' && p.firstLineBefore20 ? p.firstLineBefore20 : p.firstLine;
  if (lines[0] !== first) return `first line ${JSON.stringify(lines[0])}`;
  if (lines.filter((l) => l.startsWith('fatal error:')).length > 1) return 'two fatal error lines';
  if (r.stderr.includes('stack unavailable')) return 'stack unavailable';
  const at = lines.findIndex((l) => l.startsWith('goroutine '));
  if (at < 0 || !p.failing.test(lines[at])) return `header ${JSON.stringify(lines[at])}`;
  if (p.frame) {
    let i = at + 1;
    while (i < lines.length && !/^main\./.test(lines[i]) && !lines[i].startsWith('goroutine ')) i++;
    if (!p.frame.test(lines[i] ?? '')) return `failing frame ${JSON.stringify(lines[i])}`;
  }
  // main's goroutines numbered from 17 (the engine's model; see src/engine/runtime/sched.ts startGoids).
  const ids = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^goroutine (\d+) /.exec(lines[i]);
    if (m === null) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== '' && !lines[j].startsWith('created by')) j++;
    if (lines[j]?.startsWith('created by main.')) ids.push(Number(m[1]));
  }
  if (ids.some((id) => id < 17)) return "main's goroutines numbered below 17";
  // The runtime's goroutines as runtime.main numbers them when it starts them on P0: forcegc 2,
  // bgsweep 3, bgscavenge 4, then (1.25+) the GOMAXPROCS updater 17, the first of the next batch.
  const sys = { 'GC sweep wait': 3, 'GC scavenge wait': 4, 'GOMAXPROCS updater (idle)': 17 };
  for (const l of lines) {
    const m = /^goroutine (\d+) .*\[(GC sweep wait|GC scavenge wait|GOMAXPROCS updater \(idle\))\]:$/.exec(l);
    if (m !== null && Number(m[1]) !== sys[m[2]]) return `${m[2]} is goroutine ${m[1]}`;
  }
  return null;
}

function goVersionOf(go) {
  const res = spawnSync('go', ['version'], { env: environment(go, null), encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`no Go toolchain at /usr/lib/go-${go}: ${res.stderr || res.error}`);
  return res.stdout.trim().replace(/^go version /, '');
}

function record(name, go, goVersion, level, r, dir) {
  return {
    program: name,
    go,
    goVersion,
    gotraceback: level,
    sourcePath: join(dir, 'main.go'),
    command: `GOTRACEBACK=${level} ./prog`,
    exitCode: r.exitCode,
    signal: r.signal,
    stdout: normaliseOutput(r.stdout),
    stderr: normaliseOutput(r.stderr),
  };
}

const serialise = (rec) => `${JSON.stringify(rec, null, 2)}\n`;

/** Captures one (program, toolchain, level); with `target`, runs until it is reproduced. */
function capture(name, go, level, built, target) {
  const p = PROGRAMS[name];
  const goVersion = goVersionOf(go);
  const seen = new Map();
  const reasons = new Map();
  let accepted = 0;
  let tries = 0;
  const max = target !== undefined ? p.maxTries * 3 : p.maxTries;
  while (tries < max) {
    tries++;
    const r = runOnce(built.dir, built.bin, go, level);
    const why = rejection(p, level, r, go);
    if (why) {
      reasons.set(why, (reasons.get(why) ?? 0) + 1);
      continue;
    }
    const text = serialise(record(name, go, goVersion, level, r, built.dir));
    if (target !== undefined && text === target) return { text, tries, ok: true };
    seen.set(text, (seen.get(text) ?? 0) + 1);
    if (++accepted >= (p.samples ?? SAMPLES) && target === undefined) break;
  }
  if (seen.size === 0) throw new Error(`${name} go${go} ${level}: no accepted run in ${tries} (${[...reasons].map(([w, n]) => `${n}× ${w}`).join('; ')})`);
  let best = null;
  for (const [text, n] of seen) if (best === null || n > best.n) best = { text, n };
  return { text: best.text, tries, ok: target === undefined };
}

/** --double: counts two-header runs of a program per toolchain and level. */
function double(name, runs) {
  const dir = join(WORK, 'double');
  mkdirSync(dir, { recursive: true });
  for (const go of VERSIONS) {
    const built = build(name, go);
    for (const level of ['single', 'all', 'system']) {
      let two = 0;
      let crashed = 0;
      const shapes = [];
      for (let i = 0; i < runs; i++) {
        const r = runOnce(built.dir, built.bin, go, level);
        if (r.exitCode !== 2) continue;
        crashed++;
        const n = r.stderr.split('\n').filter((l) => l.startsWith('fatal error:')).length;
        if (n > 1) {
          two++;
          if (shapes.length < 3) shapes.push(normaliseOutput(r.stderr));
        }
      }
      shapes.forEach((s, i) => writeFileSync(join(dir, `${name}-${go}-${level}-${i}.txt`), s));
      console.log(`go${go} ${level}: ${crashed}/${runs} crashed, ${two} with two fatal error lines`);
    }
  }
}

function main() {
  const args = process.argv.slice(2);
  const opt = (k) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
  if (args.includes('--double')) {
    double(opt('--double'), Number(args[args.indexOf('--double') + 2] ?? 100));
    return;
  }
  const names = opt('--only')?.split(',') ?? Object.keys(PROGRAMS);
  const versions = opt('--go')?.split(',') ?? VERSIONS;
  const check = args.includes('--check');
  mkdirSync(OUT, { recursive: true });
  let failed = 0;
  for (const name of names) {
    if (!PROGRAMS[name]) throw new Error(`unknown program ${name}`);
    for (const go of versions) {
      const built = build(name, go);
      for (const level of [...LEVELS, ...(PROGRAMS[name].levels ?? [])]) {
        const file = join(OUT, `${name}-${go}-${level}.json`);
        const target = check && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        const { text, tries, ok } = capture(name, go, level, built, target);
        if (check) {
          if (!ok) {
            failed++;
            console.error(`${name}-${go}-${level}: not reproduced in ${tries} runs`);
          } else console.log(`${name}-${go}-${level}: reproduced (${tries} runs)`);
        } else {
          writeFileSync(file, text);
          console.log(`${name}-${go}-${level}: ${tries} run(s)`);
        }
      }
    }
  }
  if (failed > 0) process.exit(1);
}

main();
