#!/usr/bin/env node
// Captures the crash outputs shown in chapter 1 ("Reading the crash") from real Go
// toolchains and stores them as data in content/crash/<id>.json.
//
//   node scripts/capture-crash-outputs.mjs            regenerate content/crash/
//   node scripts/capture-crash-outputs.mjs --check    regenerate into a temp dir and diff
//   node scripts/capture-crash-outputs.mjs --only readwrite-1.27-system
//   node scripts/capture-crash-outputs.mjs --survey writes 100   count the shapes of 100 runs per toolchain
//
// Needs the toolchains at /usr/lib/go-1.NN (1.19, 1.23, 1.24, 1.25, 1.26, 1.27).
//
// How a capture is made (the captures are listed in scripts/crash/specs.mjs):
// 1. The program scripts/crash/progs/<program>/main.go is copied to the fixed directory
//    /tmp/gomaplab-crash/<program>/ and built there with `go build -o <program> main.go`,
//    so tracebacks name the same, realistic source path on every run.
// 2. The binary (or `go run main.go`) is run with a clean environment, GOTRACEBACK set
//    only when the spec says so, and core dumps disabled (`ulimit -c 0`).
// 3. Concurrent crashes vary from run to run (which goroutine detects the conflict, where
//    the other one stopped, rarely two "fatal error:" lines). A run is accepted only if it
//    has the intended outcome (first line, exit status, failing goroutine and frame);
//    hexadecimal numbers are then normalised (scripts/crash/normalise.mjs). Several
//    accepted runs are collected and the most frequent normalised output is stored.
// 4. With --check, runs are repeated until one reproduces the committed output exactly
//    (or the attempts run out); the result is written to a temp dir and diffed.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NORMALISATION_NOTE, normaliseOutput } from './crash/normalise.mjs';
import { SPECS } from './crash/specs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROGS = join(ROOT, 'scripts/crash/progs');
const DATA = join(ROOT, 'content/crash');
const WORK = '/tmp/gomaplab-crash';
const SAMPLES = 5; // accepted runs per capture when generating
const MAX_TRIES = 300; // runs per capture before giving up
const RUN_TIMEOUT_MS = 20_000;

/** @param {string} go */
const goroot = (go) => `/usr/lib/go-${go}`;

/** @param {import('./crash/specs.mjs').CaptureSpec} spec */
function environment(spec) {
  /** @type {Record<string, string>} */
  const env = {
    PATH: `${goroot(spec.go)}/bin:/usr/bin:/bin`,
    HOME: join(WORK, '.home'),
    GOCACHE: join(WORK, '.cache', `go${spec.go}`),
    GOPATH: join(WORK, '.gopath'),
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOFLAGS: '-mod=mod',
  };
  if (spec.gotraceback) env.GOTRACEBACK = spec.gotraceback;
  return env;
}

/** The command as a reader would type it (in /tmp/gomaplab-crash/<program>). */
function commandLine(spec) {
  const prefix = spec.gotraceback ? `GOTRACEBACK=${spec.gotraceback} ` : '';
  return spec.runner === 'go run' ? `${prefix}go run main.go` : `${prefix}./${spec.program}`;
}

/** Copies the program to its fixed directory and builds it; returns the directory. */
function build(spec) {
  const dir = join(WORK, spec.program);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(PROGS, spec.program, 'main.go'), join(dir, 'main.go'));
  if (spec.runner === 'binary') {
    const res = spawnSync('go', ['build', '-o', spec.program, 'main.go'], { cwd: dir, env: environment(spec), encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`go${spec.go} build of ${spec.program} failed:\n${res.stderr}`);
  }
  return dir;
}

const SIGNAL_NUMBERS = { SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGTERM: 15 };

/** Runs once; exitCode is what a shell reports ($?): the status, or 128 + the signal number. */
function runOnce(spec, dir) {
  const argv = spec.runner === 'go run' ? ['go', 'run', 'main.go'] : [`./${spec.program}`];
  const res = spawnSync('/bin/sh', ['-c', 'ulimit -c 0; exec "$@"', 'sh', ...argv], {
    cwd: dir,
    env: environment(spec),
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (res.error && res.error.code !== 'ETIMEDOUT') throw res.error;
  const signal = res.signal ?? null;
  const exitCode = signal ? 128 + (SIGNAL_NUMBERS[signal] ?? 0) : (res.status ?? -1);
  return { stdout: res.stdout ?? '', stderr: res.stderr ?? '', exitCode, signal, timedOut: res.error?.code === 'ETIMEDOUT' };
}

const isRuntimeFrame = (line) => /^(runtime\.|internal\/runtime\/|runtime\/)/.test(line);

/** Whether a run has the intended outcome; returns the reason it does not, or null. */
function rejection(spec, run) {
  const intent = spec.intent;
  if (run.timedOut) return 'timed out';
  if (run.exitCode !== intent.exitCode) return `exit ${run.exitCode}`;
  if (run.signal !== intent.signal) return `signal ${run.signal}`;
  if (intent.stdout !== undefined && run.stdout !== intent.stdout) return 'stdout differs';
  const lines = run.stderr.split('\n');
  if (lines[0] !== intent.firstLine) return `first line ${JSON.stringify(lines[0])}`;
  const fatalLines = lines.filter((l) => l.startsWith('fatal error:')).length;
  if (intent.fatalLines !== undefined) {
    if (fatalLines !== intent.fatalLines) return `${fatalLines} fatal error lines`;
  } else if (intent.oneFatal !== false && intent.firstLine.startsWith('fatal error:') && fatalLines !== 1) {
    return `${fatalLines} fatal error lines`;
  }
  if (run.stderr.includes('stack unavailable') !== (intent.stackUnavailable ?? false)) return 'stack unavailable or not';
  if (intent.lastLine !== undefined) {
    const last = lines.at(-1) === '' ? lines.at(-2) : lines.at(-1);
    if (last !== intent.lastLine) return `last line ${JSON.stringify(last)}`;
  }
  const headerAt = lines.findIndex((l) => l.startsWith('goroutine '));
  if (intent.failingHeader) {
    if (headerAt < 0 || !intent.failingHeader.test(lines[headerAt])) return `header ${JSON.stringify(lines[headerAt])}`;
  } else if (spec.runner === 'binary' && headerAt >= 0) {
    return 'unexpected goroutine header';
  }
  if (intent.failingFrame) {
    let i = headerAt + 1;
    while (i < lines.length && (lines[i].startsWith('\t') || isRuntimeFrame(lines[i]) || lines[i].startsWith('panic('))) i++;
    if (!intent.failingFrame.test(lines[i] ?? '')) return `failing frame ${JSON.stringify(lines[i])}`;
  }
  return null;
}

/** The stored record for an accepted, normalised run. */
function record(spec, run, goVersion, source) {
  return {
    id: spec.id,
    title: spec.title,
    program: spec.program,
    sourcePath: join(WORK, spec.program, 'main.go'),
    source,
    go: spec.go,
    goVersion,
    gotraceback: spec.gotraceback,
    env: spec.gotraceback ? { GOTRACEBACK: spec.gotraceback } : {},
    build: spec.runner === 'binary' ? `go build -o ${spec.program} main.go` : null,
    command: commandLine(spec),
    exitCode: run.exitCode,
    signal: run.signal,
    stdout: normaliseOutput(run.stdout),
    stderr: normaliseOutput(run.stderr),
    normalisation: NORMALISATION_NOTE,
  };
}

function goVersionOf(spec) {
  const res = spawnSync('go', ['version'], { env: environment(spec), encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`no Go toolchain at ${goroot(spec.go)}: ${res.stderr || res.error}`);
  return res.stdout.trim().replace(/^go version /, '');
}

/**
 * Captures one spec. `target`, if given, is the committed record: runs are repeated until
 * one reproduces it exactly.
 */
function capture(spec, target) {
  const goVersion = goVersionOf(spec);
  const source = readFileSync(join(PROGS, spec.program, 'main.go'), 'utf8');
  const dir = build(spec);
  /** @type {Map<string, {count: number, rec: object}>} */
  const seen = new Map();
  const reasons = new Map();
  let accepted = 0;
  let tries = 0;
  const maxTries = spec.maxTries ?? MAX_TRIES;
  while (tries < maxTries) {
    tries++;
    const run = runOnce(spec, dir);
    const why = rejection(spec, run);
    if (why) {
      reasons.set(why, (reasons.get(why) ?? 0) + 1);
      continue;
    }
    const rec = record(spec, run, goVersion, source);
    const text = serialise(rec);
    if (target !== undefined) {
      if (text === target) return { text, tries };
      seen.set(text, { count: (seen.get(text)?.count ?? 0) + 1, rec });
      continue;
    }
    seen.set(text, { count: (seen.get(text)?.count ?? 0) + 1, rec });
    accepted++;
    if (accepted >= SAMPLES) break;
  }
  if (seen.size === 0) {
    throw new Error(`${spec.id}: no run had the intended outcome in ${tries} tries (${[...reasons].map(([r, n]) => `${n}× ${r}`).join('; ')})`);
  }
  // The most frequent output; ties go to the first seen.
  let best = null;
  for (const [text, { count }] of seen) if (!best || count > best.count) best = { text, count };
  return { text: best.text, tries };
}

function serialise(rec) {
  return `${JSON.stringify(rec, null, 2)}\n`;
}

/**
 * --survey <program> <runs>: runs a program many times per toolchain (default GOTRACEBACK) and
 * counts the shapes that vary: two "fatal error:" lines, an unavailable stack, the first line.
 */
function survey(program, runs) {
  for (const go of ['1.19', '1.23', '1.24', '1.27']) {
    const spec = { id: `survey-${program}-${go}`, program, go, gotraceback: null, runner: 'binary' };
    const dir = build(spec);
    let double = 0;
    let unavailable = 0;
    const firstLines = new Map();
    for (let i = 0; i < runs; i++) {
      const { stderr } = runOnce(spec, dir);
      const lines = stderr.split('\n');
      if (lines.filter((l) => l.startsWith('fatal error:')).length > 1) double++;
      if (stderr.includes('stack unavailable')) unavailable++;
      firstLines.set(lines[0], (firstLines.get(lines[0]) ?? 0) + 1);
    }
    const first = [...firstLines].map(([l, n]) => `${n}× ${JSON.stringify(l)}`).join(', ');
    console.log(`go${go} ${program}, ${runs} runs: two fatal error lines ${double}, stack unavailable ${unavailable}; first lines: ${first}`);
  }
}

function main() {
  const args = process.argv.slice(2);
  const surveyAt = args.indexOf('--survey');
  if (surveyAt >= 0) {
    survey(args[surveyAt + 1], Number(args[surveyAt + 2] ?? 100));
    return;
  }
  const check = args.includes('--check');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : null;
  const specs = only ? SPECS.filter((s) => only.has(s.id)) : SPECS;
  if (only && specs.length !== only.size) throw new Error(`unknown id in --only: ${[...only].join(',')}`);

  const out = check ? mkdtempSync(join(tmpdir(), 'gomaplab-crash-check-')) : DATA;
  mkdirSync(out, { recursive: true });
  const started = Date.now();
  const toolchains = new Set();
  for (const spec of specs) {
    toolchains.add(spec.go);
    const file = `${spec.id}.json`;
    const committed = check && existsSync(join(DATA, file)) ? readFileSync(join(DATA, file), 'utf8') : undefined;
    const t0 = Date.now();
    const { text, tries } = capture(spec, committed);
    writeFileSync(join(out, file), text);
    console.log(`${spec.id}: ${tries} run(s), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (!only && !check) {
    // Drop data files of captures that no longer exist.
    const ids = new Set(specs.map((s) => `${s.id}.json`));
    for (const f of readdirSync(DATA)) if (f.endsWith('.json') && !ids.has(f)) rmSync(join(DATA, f));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`toolchains: ${[...toolchains].sort().map((v) => `go${v}`).join(', ')}; ${specs.length} captures in ${seconds} s`);
  if (check) {
    const pairs = only ? specs.map((s) => [join(DATA, `${s.id}.json`), join(out, `${s.id}.json`)]) : [[DATA, out]];
    let differs = false;
    for (const [a, b] of pairs) {
      const diff = spawnSync('diff', ['-r', '-u', a, b], { encoding: 'utf8' });
      if (diff.status !== 0) {
        differs = true;
        console.error(diff.stdout || diff.stderr);
      }
    }
    if (differs) {
      console.error(`--check: regenerated data differs from content/crash (kept in ${out})`);
      process.exit(1);
    }
    rmSync(out, { recursive: true, force: true });
    console.log('--check: regenerated data is byte-for-byte identical to content/crash');
  }
}

main();
