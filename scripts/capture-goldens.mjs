#!/usr/bin/env node
// Captures the conformance goldens (tests/conformance/golden) from real Go toolchains.
//
// For each program tests/conformance/progs/<area>/<name>.go and each of its versions (see
// the header rules in scripts/lib/conformance.ts: 1.27, plus 1.23 kept only where it
// differs, or exactly the versions of a `// versions:` header), it builds the program with
// /usr/lib/go-<version>/bin/go in a fixed directory (/tmp/gomaplab-capture/<version>, so
// nothing in the output depends on a random path), runs the binary twice with a fixed
// environment (only PATH and HOME, plus the program's `// env:` header), checks the two runs
// agree after normalisation, and stores {stdout, stderr, exitCode}. A program that does not
// compile stores go build's stderr and exit code 1. Paths are rewritten to the ones the
// engine prints (scripts/lib/normalise.ts) and stderr is normalised, so re-running the
// script reproduces the committed goldens byte for byte.
//
// Usage: node scripts/capture-goldens.mjs [--version 1.27] [filter]

import { mkdirSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildProgram, goRoot, runExecutable } from './lib/go-toolchain.ts';
import { rewritePaths } from './lib/normalise.ts';
import {
  BASE_ALT,
  BASE_VERSION,
  GOLDEN_DIR,
  ROOT,
  formatGolden,
  goldenPath,
  listPrograms,
  normaliseResult,
} from './lib/conformance.ts';

const argv = process.argv.slice(2);
let onlyVersion = null;
let filter = '';
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--version') onlyVersion = argv[++i];
  else filter = argv[i];
}

/** Programs in this area must fail to build; all others must build. */
const COMPILE_ERRORS_AREA = 'compile_errors';
const CAPTURE_ROOT = '/tmp/gomaplab-capture';
const scratch = join(CAPTURE_ROOT, 'cache');
mkdirSync(scratch, { recursive: true });

function decodeUtf8(buf, what) {
  const s = buf.toString('utf8');
  if (!Buffer.from(s, 'utf8').equals(buf)) throw new Error(`${what} is not valid UTF-8; print such bytes with %q or %x`);
  return s;
}

/** Builds and runs one program with one version; returns the normalised golden. */
function capture(program, version) {
  const root = goRoot(version);
  if (!root) throw new Error(`Go ${version} is not installed`);
  const dir = join(CAPTURE_ROOT, version);
  const b = buildProgram(version, program.source, dir, scratch);
  const expectError = program.area === COMPILE_ERRORS_AREA;
  if (b.ok === expectError) {
    throw new Error(expectError ? `builds with go ${version}, but ${COMPILE_ERRORS_AREA}/ programs must not` : `does not build with go ${version}:\n${b.stderr}`);
  }
  if (!b.ok) {
    return normaliseResult({ stdout: '', stderr: rewritePaths(b.stderr, dir, root), exitCode: 1 }, program.header);
  }
  const env = { PATH: '/usr/bin:/bin', HOME: '/tmp', ...program.header.env };
  const runs = [0, 1].map(() => {
    const r = runExecutable(b.exe, program.header.args, env, dir);
    const g = {
      stdout: decodeUtf8(r.stdout, `${program.id} stdout`),
      stderr: rewritePaths(decodeUtf8(r.stderr, `${program.id} stderr`), dir, root),
      exitCode: r.exitCode,
    };
    return normaliseResult(g, program.header);
  });
  if (formatGolden(runs[0]) !== formatGolden(runs[1])) {
    throw new Error(`${program.id} (go ${version}) is not deterministic after normalisation:\n${formatGolden(runs[0])}\n---\n${formatGolden(runs[1])}`);
  }
  return runs[0];
}

function write(version, program, golden) {
  const path = goldenPath(version, program.id);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatGolden(golden));
}

function remove(version, program) {
  rmSync(goldenPath(version, program.id), { force: true });
}

const programs = listPrograms(filter);
let written = 0;
let failed = 0;
const wants = (v) => onlyVersion === null || onlyVersion === v;
for (const program of programs) {
  try {
    const vs = program.header.versions;
    if (vs) {
      for (const v of vs) {
        if (!wants(v)) continue;
        write(v, program, capture(program, v));
        written++;
      }
      // Versions no longer declared lose their goldens.
      if (onlyVersion === null && existsSync(GOLDEN_DIR)) {
        for (const v of readdirSync(GOLDEN_DIR)) if (!vs.includes(v)) remove(v, program);
      }
    } else {
      if (!wants(BASE_VERSION) && !wants(BASE_ALT)) continue;
      const base = capture(program, BASE_VERSION);
      if (wants(BASE_VERSION)) {
        write(BASE_VERSION, program, base);
        written++;
      }
      if (wants(BASE_ALT)) {
        const alt = capture(program, BASE_ALT);
        if (formatGolden(alt) !== formatGolden(base)) {
          write(BASE_ALT, program, alt);
          written++;
        } else remove(BASE_ALT, program);
      }
      if (onlyVersion === null && existsSync(GOLDEN_DIR)) {
        for (const v of readdirSync(GOLDEN_DIR)) if (v !== BASE_VERSION && v !== BASE_ALT) remove(v, program);
      }
    }
    process.stdout.write('.');
  } catch (e) {
    failed++;
    console.error(`\n${program.id}: ${e.message}`);
  }
}

// Goldens whose program no longer exists are removed (full runs only).
if (!filter && onlyVersion === null && existsSync(GOLDEN_DIR)) {
  const ids = new Set(programs.map((p) => p.id));
  for (const v of readdirSync(GOLDEN_DIR)) {
    for (const area of readdirSync(join(GOLDEN_DIR, v))) {
      for (const f of readdirSync(join(GOLDEN_DIR, v, area))) {
        if (!ids.has(`${area}/${f.replace(/\.json$/, '')}`)) rmSync(join(GOLDEN_DIR, v, area, f));
      }
    }
  }
}

console.log(`\ncaptured ${written} goldens for ${programs.length} programs into ${relative(ROOT, GOLDEN_DIR)}${failed ? `; ${failed} failed` : ''}`);
if (failed) process.exit(1);
