#!/usr/bin/env node
// Captures what real gc (go1.27) prints for the frontend's syntax-error tests.
//
// 1. tests/frontend/syntax/*.go: each program is built with `go build prog.go` in a
//    temporary module (so the header is `# command-line-arguments` and positions read
//    `./prog.go:L:C`); the exact stderr of go1.27 is stored next to it as NAME.golden,
//    and, for each older toolchain (1.19, 1.21-1.26) whose output differs, as
//    NAME.go1.NN.golden.
// 2. $GOROOT/test/**/*.go: each file is compiled alone with `go tool compile` (from the
//    test directory, so positions read `dir/file.go:L:C`); the output lines are stored in
//    tests/frontend/goroot-test-gc.json, keyed by path ([] when gc printed nothing).
//
// Usage: node scripts/capture-syntax-errors.mjs [--only-goldens | --only-goroot]
// Needs /usr/lib/go-1.27 (Debian's golang-1.27-go and golang-1.27-src).

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOROOT = '/usr/lib/go-1.27';
const GO = join(GOROOT, 'bin/go');
// toolchains at /usr/lib/go-1.NN (Debian's golang-1.NN-go)
const OLDER = ['1.19', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const syntaxDir = join(root, 'tests/frontend/syntax');
const gorootJson = join(root, 'tests/frontend/goroot-test-gc.json');

const scratch = mkdtempSync(join(tmpdir(), 'capture-syntax-'));
const env = {
  ...process.env,
  GOFLAGS: '-mod=mod',
  GOTOOLCHAIN: 'local',
  GOPROXY: 'off',
  GOPATH: join(scratch, 'gopath'),
  GOCACHE: join(scratch, 'gocache'),
  GO111MODULE: 'on',
};

function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env, timeout: 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

async function goBuild(version, src) {
  const dir = mkdtempSync(join(scratch, 'mod-'));
  writeFileSync(join(dir, 'go.mod'), `module prog\n\ngo ${version}\n`);
  writeFileSync(join(dir, 'prog.go'), src);
  const r = await run(`/usr/lib/go-${version}/bin/go`, ['build', '-o', join(dir, 'prog.bin'), 'prog.go'], dir);
  rmSync(dir, { recursive: true, force: true });
  return r;
}

async function captureGoldens() {
  const files = readdirSync(syntaxDir).filter((f) => f.endsWith('.go')).sort();
  for (const old of readdirSync(syntaxDir).filter((f) => /\.go1\.\d+\.golden$/.test(f))) rmSync(join(syntaxDir, old));
  for (const f of files) {
    const src = readFileSync(join(syntaxDir, f));
    // A case may be valid in go1.27 and fail only in older releases (e.g. generic
    // methods): its go1.27 golden is then empty.
    const r = await goBuild('1.27', src);
    if (r.code === 0 && r.stderr !== '') throw new Error(`${f}: go build succeeded but printed ${r.stderr}`);
    writeFileSync(join(syntaxDir, f.replace(/\.go$/, '.golden')), r.stderr);
    const differ = [];
    for (const v of OLDER) {
      const o = await goBuild(v, src);
      if (o.stderr !== r.stderr) {
        writeFileSync(join(syntaxDir, f.replace(/\.go$/, `.go${v}.golden`)), o.stderr);
        differ.push(v);
      }
    }
    process.stdout.write(`${f}: ${r.stderr.split('\n').length - 2} error line(s)${differ.length ? `; differs in ${differ.join(', ')}` : ''}\n`);
  }
}

function walk(d, out) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.go')) out.push(p);
  }
}

async function captureGoroot() {
  const testDir = join(GOROOT, 'test');
  const all = [];
  walk(testDir, all);
  const rels = all.map((p) => relative(testDir, p)).sort();
  const result = {};
  let next = 0;
  let done = 0;
  const obj = join(scratch, 'obj');
  async function worker(w) {
    while (next < rels.length) {
      const rel = rels[next++];
      const r = await run(GO, ['tool', 'compile', '-p', 'main', '-o', `${obj}${w}.o`, rel], testDir);
      const lines = (r.stdout + r.stderr).split('\n').filter((l) => l !== '');
      result[rel] = lines.slice(0, 12);
      if (++done % 250 === 0) process.stdout.write(`${done}/${rels.length}\n`);
    }
  }
  await Promise.all([worker(0), worker(1)]);
  // one file per line, so diffs stay readable
  const entries = Object.keys(result).sort().map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(result[k])}`);
  const head = `{\n  "go": "go1.27",\n  "command": "go tool compile -p main -o X.o FILE (run in $GOROOT/test); first 12 output lines",\n  "files": {\n`;
  writeFileSync(gorootJson, head + entries.join(',\n') + '\n  }\n}\n');
  process.stdout.write(`${rels.length} files captured into ${relative(root, gorootJson)}\n`);
}

const only = process.argv[2];
try {
  if (only !== '--only-goroot') await captureGoldens();
  if (only !== '--only-goldens') await captureGoroot();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
