// The conformance corpus (tests/conformance): program headers, the list of cases, goldens,
// the comparison of an engine result with a golden, and the known-failures list. Shared by
// scripts/capture-goldens.mjs, tests/conformance/conformance.test.ts and
// scripts/update-known-failures.mjs.
//
// Layout:
//   tests/conformance/progs/<area>/<name>.go            one `package main` program each
//   tests/conformance/golden/<version>/<area>/<name>.json  {stdout, stderr, exitCode}
//   tests/conformance/known-failures.txt                `<version>/<area>/<name>  <reason>`
//
// Program headers: `// key: value` comment lines before `package main`:
//   // versions: 1.21 1.27     capture (and test) exactly these Go versions. Without it a
//                              program is captured with 1.27 and 1.23, and the 1.23 golden
//                              is kept only when its output differs from 1.27's.
//   // env: GOTRACEBACK=system  environment of the run (only GOTRACEBACK is honoured; it
//                              is passed to the engine as RunOptions.gotraceback).
//   // args: a b               os.Args[1:].
//   // stderr-lines: 3         keep only the first 3 lines of stderr on both sides (for a
//                              fatal error whose full dump lists runtime goroutines that
//                              vary from run to run, e.g. stack overflow).

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ABS_PATH, firstLines, normaliseStderr } from './normalise.ts';
import type { EngineJob, EngineJobResult } from './engine-pool.ts';
import type { GoTraceback, GoVersion } from '../../src/engine/api.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CONF_DIR = join(ROOT, 'tests/conformance');
export const PROGS_DIR = join(CONF_DIR, 'progs');
export const GOLDEN_DIR = join(CONF_DIR, 'golden');
export const KNOWN_FAILURES = join(CONF_DIR, 'known-failures.txt');

/** The version every program is captured with; BASE_ALT is compared against it. */
export const BASE_VERSION = '1.27';
export const BASE_ALT = '1.23';

/** Engine limits for a conformance run (the reasoning is at GOTEST_STEPS in scripts/lib/gotest.ts). */
export const STEP_LIMIT = 5e7;
export const MEMORY_BYTES = 64 << 20;
export const WALL_MS = 30_000;

export interface Header {
  versions: string[] | null;
  env: Record<string, string>;
  args: string[];
  stderrLines: number | null;
}

export interface Golden {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface Program {
  area: string;
  name: string;
  /** `<area>/<name>` */
  id: string;
  path: string;
  source: string;
  header: Header;
}

export interface Case {
  version: string;
  program: Program;
  /** `<version>/<area>/<name>` */
  key: string;
  goldenPath: string;
}

export function parseHeader(src: string): Header {
  const h: Header = { versions: null, env: {}, args: [], stderrLines: null };
  for (const line of src.split('\n')) {
    if (line.startsWith('package ')) break;
    const m = /^\/\/ (versions|env|args|stderr-lines): (.*)$/.exec(line);
    if (!m) continue;
    const value = m[2]!.trim();
    switch (m[1]) {
      case 'versions':
        h.versions = value.split(/\s+/);
        break;
      case 'env':
        for (const kv of value.split(/\s+/)) {
          const i = kv.indexOf('=');
          if (i > 0) h.env[kv.slice(0, i)] = kv.slice(i + 1);
        }
        break;
      case 'args':
        h.args = value.split(/\s+/);
        break;
      case 'stderr-lines':
        h.stderrLines = Number(value);
        break;
    }
  }
  return h;
}

/** All programs, sorted by id, optionally only those whose id contains `filter`. */
export function listPrograms(filter = ''): Program[] {
  const out: Program[] = [];
  if (!existsSync(PROGS_DIR)) return out;
  for (const area of readdirSync(PROGS_DIR).sort()) {
    const dir = join(PROGS_DIR, area);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.go')) continue;
      const name = file.slice(0, -3);
      const id = `${area}/${name}`;
      if (filter && !id.includes(filter)) continue;
      const path = join(dir, file);
      const source = readFileSync(path, 'utf8');
      out.push({ area, name, id, path, source, header: parseHeader(source) });
    }
  }
  return out;
}

export function goldenPath(version: string, id: string): string {
  return join(GOLDEN_DIR, version, `${id}.json`);
}

/** The cases with a committed golden: every (version, program) pair the suite checks. */
export function listCases(filter = ''): Case[] {
  const cases: Case[] = [];
  const versions = existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR).sort() : [];
  for (const program of listPrograms(filter)) {
    for (const version of versions) {
      const path = goldenPath(version, program.id);
      if (existsSync(path)) cases.push({ version, program, key: `${version}/${program.id}`, goldenPath: path });
    }
  }
  return cases;
}

export function readGolden(path: string): Golden {
  return JSON.parse(readFileSync(path, 'utf8')) as Golden;
}

export function formatGolden(g: Golden): string {
  return JSON.stringify({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode }, null, 2) + '\n';
}

/** Applies the shared normalisation (and the program's stderr-lines header) to a result. */
export function normaliseResult(r: Golden, header: Header): Golden {
  let stderr = normaliseStderr(r.stderr, { keepMarks: true });
  if (header.stderrLines !== null) stderr = firstLines(stderr, header.stderrLines);
  return { stdout: r.stdout, stderr, exitCode: r.exitCode };
}

const TRACEBACKS: readonly GoTraceback[] = ['none', 'single', 'all', 'system', 'crash'];

/** The engine job for a case. */
export function jobFor(c: Case): EngineJob {
  const job: EngineJob = {
    source: c.program.source,
    go: c.version as GoVersion,
    absPath: ABS_PATH,
    steps: STEP_LIMIT,
    memoryBytes: MEMORY_BYTES,
    wallMs: WALL_MS,
  };
  if (c.program.header.args.length > 0) job.args = c.program.header.args;
  const tb = c.program.header.env['GOTRACEBACK'];
  if (tb !== undefined) {
    const level = tb === '0' ? 'none' : tb === '1' ? 'single' : tb === '2' ? 'system' : tb;
    if ((TRACEBACKS as readonly string[]).includes(level)) job.gotraceback = level as GoTraceback;
  }
  return job;
}

function firstDifference(stream: string, want: string, got: string): string {
  const w = want.split('\n');
  const g = got.split('\n');
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) {
      const show = (s: string | undefined) => (s === undefined ? '<end>' : JSON.stringify(s.length > 100 ? s.slice(0, 100) + '…' : s));
      return `${stream} line ${i + 1}: want ${show(w[i])}, got ${show(g[i])}`;
    }
  }
  return `${stream} differs`;
}

/**
 * Compares an engine result with a golden (both normalised). Returns null when they are
 * equal, otherwise a one-line reason (the first differing line).
 */
export function compare(c: Case, golden: Golden, result: EngineJobResult): string | null {
  if (result.status !== 'ok') return result.message;
  const got = normaliseResult(result, c.program.header);
  const want = golden;
  if (got.stdout !== want.stdout) {
    // When the engine also wrote something else to stderr (a diagnostic, a panic), say so:
    // it usually explains the stdout difference.
    const note = got.stderr !== want.stderr ? got.stderr.split('\n').find((l) => l !== '' && !l.startsWith('# ')) : undefined;
    return firstDifference('stdout', want.stdout, got.stdout) + (note ? ` (stderr: ${JSON.stringify(note.slice(0, 100))})` : '');
  }
  if (got.stderr !== want.stderr) return firstDifference('stderr', want.stderr, got.stderr);
  if (got.exitCode !== want.exitCode) return `exit code: want ${want.exitCode}, got ${got.exitCode}`;
  return null;
}

/** Known failures: key -> reason. Blank lines and `#` comments are ignored. */
export function readKnownFailures(path: string): Map<string, string> {
  const m = new Map<string, string>();
  if (!existsSync(path)) return m;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const sp = t.search(/\s/);
    if (sp < 0) m.set(t, '');
    else m.set(t.slice(0, sp), t.slice(sp).trim());
  }
  return m;
}

export function writeKnownFailures(path: string, heading: string, entries: Map<string, string>): void {
  const keys = [...entries.keys()].sort();
  const width = Math.max(0, ...keys.map((k) => k.length)) + 2;
  let out = heading;
  for (const k of keys) out += `${k.padEnd(width)}${entries.get(k)!.replace(/\s+/g, ' ')}\n`;
  writeFileSync(path, out);
}

/** Outcome of one case: null when it matches its golden, else the reason. */
export interface Outcome {
  case: Case;
  reason: string | null;
}

/** Runs one case on the pool and compares it with its golden. */
export function runCase(c: Case, pool: { run(job: EngineJob): Promise<EngineJobResult> }): Promise<Outcome> {
  const golden = readGolden(c.goldenPath);
  return pool.run(jobFor(c)).then((r) => ({ case: c, reason: compare(c, golden, r) }));
}

/** Starts every case on the pool at once (the pool runs them a few at a time). */
export function startCases(cases: readonly Case[], pool: { run(job: EngineJob): Promise<EngineJobResult> }): Map<string, Promise<Outcome>> {
  const out = new Map<string, Promise<Outcome>>();
  for (const c of cases) out.set(c.key, runCase(c, pool));
  return out;
}

/** `conformance go1.27: 143/231 pass` lines, one per version. */
export function summarise(outcomes: readonly Outcome[]): string[] {
  const by = new Map<string, { pass: number; total: number }>();
  for (const o of outcomes) {
    const s = by.get(o.case.version) ?? { pass: 0, total: 0 };
    s.total++;
    if (o.reason === null) s.pass++;
    by.set(o.case.version, s);
  }
  return [...by.keys()].sort().map((v) => `conformance go${v}: ${by.get(v)!.pass}/${by.get(v)!.total} pass`);
}

export const KNOWN_FAILURES_HEADING =
  '# Conformance programs the engine does not pass yet: `<version>/<area>/<name>  <reason>`.\n' +
  '# tests/conformance/conformance.test.ts fails when a listed program passes (remove it) or an\n' +
  '# unlisted one fails. Regenerate with `node scripts/update-known-failures.mjs` (keeps the\n' +
  '# reasons of entries that still fail; --refresh rewrites them all).\n';
