#!/usr/bin/env node
// Generates the machine-code listings of chapter 7 ("The machine code") from real Go toolchains.
//
//   node scripts/gen-asm.mjs           write content/asm/data/**
//   node scripts/gen-asm.mjs --check   regenerate into a temporary directory and compare byte for byte
//                                      with the committed content/asm/data (exit 1 on any difference)
//
// For each Go version (1.23: bucket maps; 1.27: Swiss tables) and GOARCH (amd64, arm64) it builds
// scripts/asm/prog (a program that calls every runtime map entry point we show) with -trimpath,
// disassembles each runtime function with `go tool objdump -s '^<symbol>$'`, resolves every
// instruction's full source path (relative to GOROOT/src) with `go tool addr2line`, and quotes the
// Go source lines the listing refers to from that GOROOT, with Go's licence notice.
//
// Output (one file per version × function, both architectures inside, so the page can put the
// shared Go source between them; plus an index):
//   content/asm/data/index.json                 versions, functions, toolchains, licence text, commands
//   content/asm/data/go<ver>/<id>.json          { symbol, source lines, arch: { amd64, arm64 } }
//
// Needs /usr/lib/go-1.23 and /usr/lib/go-1.27 (Debian packages golang-1.23-go + golang-1.23-src and
// golang-1.27-go + golang-1.27-src). Deterministic: fixed build and cache directories, -trimpath,
// fixed ordering, no timestamps.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync, mkdtempSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const progDir = join(repo, 'scripts/asm/prog');
const dataDir = join(repo, 'content/asm/data');
const work = '/tmp/gomaplab-asm';

const ARCHES = ['amd64', 'arm64'];

/**
 * The functions shown per version. `id` names the data file and the view; `symbol` is the linker
 * symbol given to objdump; `role` says what the page uses it for.
 */
const COMMON = [
  { id: 'mapaccess1_fast64', symbol: 'runtime.mapaccess1_fast64', role: 'read' },
  { id: 'mapaccess2_fast64', symbol: 'runtime.mapaccess2_fast64', role: 'read' },
  { id: 'mapassign_fast64', symbol: 'runtime.mapassign_fast64', role: 'write' },
  { id: 'mapdelete_fast64', symbol: 'runtime.mapdelete_fast64', role: 'write' },
  { id: 'mapaccess1_faststr', symbol: 'runtime.mapaccess1_faststr', role: 'read' },
  { id: 'mapassign_faststr', symbol: 'runtime.mapassign_faststr', role: 'write' },
  { id: 'mapaccess1', symbol: 'runtime.mapaccess1', role: 'read' },
  { id: 'mapassign', symbol: 'runtime.mapassign', role: 'write' },
];
const VERSIONS = [
  {
    go: '1.23',
    functions: [
      ...COMMON,
      { id: 'mapiternext', symbol: 'runtime.mapiternext', role: 'iterate' },
      { id: 'fatal', symbol: 'runtime.fatal', role: 'fatal' },
    ],
  },
  {
    go: '1.27',
    functions: [
      ...COMMON,
      // 1.27's mapaccess1_faststr and generic mapaccess1 are wrappers, as mapaccess1_fast64 is:
      // the check lives in the mapaccess2 variants.
      { id: 'mapaccess2_faststr', symbol: 'runtime.mapaccess2_faststr', role: 'read' },
      { id: 'mapaccess2', symbol: 'runtime.mapaccess2', role: 'read' },
      // mapdelete_fast64 hands over to (*Map).Delete, where the writing flag is checked and toggled.
      { id: 'maps.Map.Delete', symbol: 'internal/runtime/maps.(*Map).Delete', role: 'write' },
      { id: 'mapIterNext', symbol: 'runtime.mapIterNext', role: 'iterate' },
      { id: 'maps.Iter.Next', symbol: 'internal/runtime/maps.(*Iter).Next', role: 'iterate' },
      { id: 'fatal', symbol: 'runtime.fatal', role: 'fatal' },
      { id: 'maps.fatal', symbol: 'internal/runtime/maps.fatal', role: 'fatal' },
    ],
  },
];

function goroot(v) {
  return `/usr/lib/go-${v}`;
}

function env(goarch) {
  const e = {};
  for (const k of ['PATH', 'HOME', 'LANG']) if (process.env[k] !== undefined) e[k] = process.env[k];
  return {
    ...e,
    GOOS: 'linux',
    GOARCH: goarch,
    CGO_ENABLED: '0',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOPATH: join(work, 'gopath'),
    GOCACHE: join(work, 'gocache'),
  };
}

/** The environment variables that matter, as they appear in the recorded commands. */
function envWords(goarch) {
  return `GOOS=linux GOARCH=${goarch} CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=local GOPROXY=off`;
}

function run(cmd, args, opts) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

function symbolRegexp(symbol) {
  return `^${symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/** Parses `go tool objdump` output for exactly one symbol. */
function parseObjdump(out, symbol) {
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  const headers = lines.filter((l) => l.startsWith('TEXT '));
  if (headers.length !== 1) throw new Error(`objdump of ${symbol}: expected one TEXT block, got ${headers.length}`);
  const m = /^TEXT (\S+)\(SB\) (\S+)$/.exec(headers[0]);
  if (!m || m[1] !== symbol) throw new Error(`objdump of ${symbol}: unexpected header ${headers[0]}`);
  const file = m[2];
  const insns = [];
  for (const l of lines) {
    if (l.startsWith('TEXT ')) continue;
    const f = l.trim().split(/\t+/);
    if (f.length < 4) throw new Error(`objdump of ${symbol}: cannot parse ${JSON.stringify(l)}`);
    const [fileLine, addr, enc, ...rest] = f;
    const fl = /^(.+):(\d+)$/.exec(fileLine);
    if (!fl || !/^0x[0-9a-f]+$/.test(addr) || !/^[0-9a-f]+( [0-9a-f]+)*$/.test(enc)) {
      throw new Error(`objdump of ${symbol}: cannot parse ${JSON.stringify(l)}`);
    }
    insns.push({ base: fl[1], line: Number(fl[2]), addr, enc, text: rest.join(' ').trim() });
  }
  return { file, insns };
}

/** Full source paths (relative to GOROOT/src) of each address, from addr2line. */
function resolvePaths(go, exe, addrs, goarch) {
  const out = run(go, ['tool', 'addr2line', exe], { input: addrs.join('\n') + '\n', env: env(goarch) });
  const l = out.split('\n');
  const res = [];
  for (let i = 0; i < addrs.length; i++) {
    const fl = /^(.+):(\d+)$/.exec(l[2 * i + 1] ?? '');
    if (!fl) throw new Error(`addr2line: no file:line for ${addrs[i]}`);
    res.push({ path: fl[1], line: Number(fl[2]) });
  }
  return res;
}

function funcRange(lines, declLine, what) {
  let start = declLine;
  while (start > declLine - 4 && !/^func /.test(lines[start - 1] ?? '')) start--;
  if (!/^func /.test(lines[start - 1] ?? '')) throw new Error(`${what}: no func declaration at line ${declLine}`);
  let end = start;
  while (end <= lines.length && lines[end - 1] !== '}') end++;
  if (end > lines.length) throw new Error(`${what}: no closing brace after line ${start}`);
  return [start, end];
}

function readGoLicence(v) {
  const text = readFileSync(`/usr/share/doc/golang-${v}-src/copyright`, 'utf8').split('\n');
  const from = text.findIndex((l) => /^ Copyright © 2009 The Go Authors/.test(l));
  const to = text.findIndex((l, i) => i > from && /SUCH DAMAGE\.$/.test(l));
  if (from < 0 || to < 0) throw new Error(`no Go licence text in golang-${v}-src's copyright file`);
  return text
    .slice(from, to + 1)
    .map((l) => (l.trim() === '.' ? '' : l.replace(/^ /, '')))
    .join('\n');
}

/** JSON with leaf objects and arrays (only primitives inside) on one line: reviewable diffs. */
function stringify(value, indent = '') {
  const isLeaf = (v) =>
    v === null || typeof v !== 'object' || Object.values(v).every((x) => x === null || typeof x !== 'object');
  if (isLeaf(value)) return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function generate(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const index = { schema: 'asm-index/1', generator: 'scripts/gen-asm.mjs', program: 'scripts/asm/prog/main.go', versions: [] };
  for (const ver of VERSIONS) {
    const root = goroot(ver.go);
    const go = join(root, 'bin/go');
    if (!existsSync(go)) throw new Error(`Go ${ver.go} is not installed at ${root}`);
    const goVersion = run(go, ['env', 'GOVERSION'], { env: env('amd64') }).trim();
    const buildDir = join(work, `build-${ver.go}`);
    rmSync(buildDir, { recursive: true, force: true });
    mkdirSync(buildDir, { recursive: true });
    cpSync(join(progDir, 'main.go'), join(buildDir, 'main.go'));
    cpSync(join(progDir, 'go.mod'), join(buildDir, 'go.mod'));
    const exes = {};
    const archCommands = {};
    for (const goarch of ARCHES) {
      const exe = join(work, `prog-${ver.go}-${goarch}`);
      run(go, ['build', '-trimpath', '-o', exe, '.'], { cwd: buildDir, env: env(goarch) });
      exes[goarch] = exe;
      archCommands[goarch] = [
        `cd ${buildDir} && ${envWords(goarch)} ${go} build -trimpath -o ${exe} .`,
        `${go} tool objdump -s '<symbol regexp>' ${exe}`,
        `${go} tool addr2line ${exe} < addresses`,
      ];
    }
    const sourceCache = new Map();
    const readSource = (p) => {
      if (!sourceCache.has(p)) sourceCache.set(p, readFileSync(join(root, 'src', p), 'utf8').split('\n'));
      return sourceCache.get(p);
    };
    const licence = readGoLicence(ver.go);
    const vdir = join(outDir, `go${ver.go}`);
    mkdirSync(vdir, { recursive: true });
    const fnIndex = [];
    for (const fn of ver.functions) {
      const arch = {};
      let mainFile = null;
      let declLine = null;
      const refs = new Map(); // path -> Set(line)
      for (const goarch of ARCHES) {
        const rx = symbolRegexp(fn.symbol);
        const { file, insns } = parseObjdump(run(go, ['tool', 'objdump', '-s', rx, exes[goarch]], { env: env(goarch) }), fn.symbol);
        const paths = resolvePaths(go, exes[goarch], insns.map((i) => i.addr), goarch);
        const out = insns.map((ins, k) => {
          const p = paths[k];
          if (p.line !== ins.line || p.path.split('/').pop() !== ins.base) {
            throw new Error(`${fn.symbol} ${goarch} ${ins.addr}: objdump says ${ins.base}:${ins.line}, addr2line ${p.path}:${p.line}`);
          }
          if (!refs.has(p.path)) refs.set(p.path, new Set());
          refs.get(p.path).add(p.line);
          return { addr: ins.addr, enc: ins.enc, text: ins.text, file: p.path, line: p.line };
        });
        if (mainFile === null) {
          mainFile = file;
          declLine = out[0].line;
        } else if (mainFile !== file || declLine !== out[0].line) {
          throw new Error(`${fn.symbol}: amd64 and arm64 disagree on the function's source`);
        }
        arch[goarch] = {
          goarch,
          command: `${go} tool objdump -s '${rx}' ${exes[goarch]}`,
          encoding: goarch === 'amd64' ? 'bytes' : 'words32',
          instructions: out,
        };
      }
      // The Go source: the whole function in its own file, then every other line the listings cite.
      const mainLines = readSource(mainFile);
      const [start, end] = funcRange(mainLines, declLine, fn.symbol);
      const files = [];
      const fileEntry = (path, lineNos) => ({
        path,
        copyright: readSource(path)[0].replace(/^\/\/ /, ''),
        lines: lineNos.map((n) => {
          const t = readSource(path)[n - 1];
          if (t === undefined) throw new Error(`${path}:${n} does not exist`);
          return [n, t];
        }),
      });
      const mainNos = new Set();
      for (let n = start; n <= end; n++) mainNos.add(n);
      for (const n of refs.get(mainFile) ?? []) mainNos.add(n);
      files.push({ role: 'function', ...fileEntry(mainFile, [...mainNos].sort((a, b) => a - b)) });
      for (const p of [...refs.keys()].filter((p) => p !== mainFile).sort()) {
        files.push({ role: 'inlined', ...fileEntry(p, [...refs.get(p)].sort((a, b) => a - b)) });
      }
      const data = {
        schema: 'asm-function/1',
        go: ver.go,
        goVersion,
        id: fn.id,
        symbol: fn.symbol,
        role: fn.role,
        file: mainFile,
        declLine: start,
        licence: 'Go source lines quoted from the Go distribution: Copyright 2009 The Go Authors. BSD-style licence; full text in index.json.',
        source: files,
        arch,
      };
      writeFileSync(join(vdir, `${fn.id}.json`), stringify(data) + '\n');
      fnIndex.push({ id: fn.id, symbol: fn.symbol, role: fn.role, file: mainFile, declLine: start });
    }
    index.versions.push({
      go: ver.go,
      goVersion,
      goroot: root,
      buildCommands: archCommands,
      functions: fnIndex,
    });
    index.licence = licence;
  }
  writeFileSync(join(outDir, 'index.json'), stringify(index) + '\n');
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, name.name);
      if (name.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

const check = process.argv.includes('--check');
const t0 = Date.now();
if (check) {
  const tmp = mkdtempSync(join(tmpdir(), 'gen-asm-check-'));
  generate(tmp);
  const want = listFiles(dataDir);
  const got = listFiles(tmp);
  const problems = [];
  for (const f of new Set([...want, ...got])) {
    if (!want.includes(f)) problems.push(`not committed: ${f}`);
    else if (!got.includes(f)) problems.push(`no longer generated: ${f}`);
    else if (!readFileSync(join(dataDir, f)).equals(readFileSync(join(tmp, f)))) problems.push(`differs: ${f}`);
  }
  rmSync(tmp, { recursive: true, force: true });
  if (problems.length) {
    console.error(`gen-asm --check: ${problems.length} difference(s) from content/asm/data:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`gen-asm --check: ${want.length} files identical (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
} else {
  generate(dataDir);
  console.log(`gen-asm: wrote ${listFiles(dataDir).length} files to content/asm/data (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
