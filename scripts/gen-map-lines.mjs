#!/usr/bin/env node
// Writes src/engine/runtime/maps/lines.ts: for every supported Go release, the source lines the
// map runtime's traceback frames point at (the `fatal(...)` calls in each map entry point, the
// calls between runtime functions, runtime.fatal's fatalthrow call and maps_fatal's fatal call),
// read from each toolchain's GOROOT/src (Debian golang-1.NN-go ships the sources).
// `--check` compares with the committed file instead of writing it.
//
// Usage: node scripts/gen-map-lines.mjs [--check]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'src/engine/runtime/maps/lines.ts');
const MINORS = [19, 21, 22, 23, 24, 25, 26, 27];

/** Entry points by the name tracebacks print (`runtime.` + name). */
const ENTRY = [
  'mapaccess1', 'mapaccess2', 'mapassign', 'mapdelete',
  'mapaccess1_fast32', 'mapaccess2_fast32', 'mapassign_fast32', 'mapdelete_fast32',
  'mapaccess1_fast64', 'mapaccess2_fast64', 'mapassign_fast64', 'mapassign_fast64ptr', 'mapdelete_fast64',
  'mapaccess1_faststr', 'mapaccess2_faststr', 'mapassign_faststr', 'mapdelete_faststr',
  'mapiterinit', 'mapiternext', 'mapIterStart', 'mapIterNext', 'mapclear', 'mapclone', 'mapclone2',
];
/** Swiss-table methods (≥1.24) by their traceback names. */
const METHODS = {
  'maps.(*Map).Delete': /^func \(m \*Map\) Delete\(/,
  'maps.(*Map).Clear': /^func \(m \*Map\) Clear\(/,
  'maps.(*Map).Clone': /^func \(m \*Map\) Clone\(/,
  'maps.(*Map).getWithKey': /^func \(m \*Map\) getWithKey\(/,
  'maps.(*Iter).Next': /^func \(it \*Iter\) Next\(/,
  'maps.(*Iter).grownKeyElem': /^func \(it \*Iter\) grownKeyElem\(/,
  'maps.(*table).Delete': /^func \(t \*table\) Delete\(/,
  'maps.(*Map).putSlotSmall': /^func \(m \*Map\) putSlotSmall\(/,
  'maps.(*Map).putSlotSmallFast32': /^func \(m \*Map\) putSlotSmallFast32\(/,
  'maps.(*Map).putSlotSmallFast64': /^func \(m \*Map\) putSlotSmallFast64\(/,
  'maps.(*Map).putSlotSmallFastPtr': /^func \(m \*Map\) putSlotSmallFastPtr\(/,
  'maps.(*Map).putSlotSmallFastStr': /^func \(m \*Map\) putSlotSmallFastStr\(/,
};

function goFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go') && !f.includes('noswiss'))
    .sort()
    .map((f) => join(dir, f));
}

/** The function whose declaration matches `re`: file, declaration line, body lines. */
function findFunc(files, re, src) {
  for (const f of files) {
    const lines = readFileSync(f, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!re.test(lines[i])) continue;
      let end = i;
      while (end < lines.length && lines[end] !== '}') end++;
      return { file: f.slice(src.length + 1), decl: i + 1, body: lines.slice(i, end + 1), start: i + 1 };
    }
  }
  return null;
}

function describe(fn, callees) {
  const fatals = [];
  const calls = {};
  fn.body.forEach((line, i) => {
    if (i === 0) return; // the declaration itself
    if (/\bfatal\("/.test(line)) fatals.push(fn.start + i);
    for (const [name, re] of Object.entries(callees)) if (calls[name] === undefined && re.test(line)) calls[name] = fn.start + i;
  });
  return { file: fn.file, decl: fn.decl, fatals, calls };
}

function version(minor) {
  const src = `/usr/lib/go-1.${minor}/src`;
  if (!existsSync(src)) throw new Error(`${src} missing: install golang-1.${minor}-go (scripts/apt-go-suites.sh)`);
  const swiss = minor >= 24;
  const rtFiles = goFiles(join(src, 'runtime'));
  const mapsFiles = goFiles(join(src, 'internal/runtime/maps'));
  const panicGo = findFunc([join(src, 'runtime/panic.go')], /^func fatal\(s string\)/, src);
  const out = { fatal: panicGo.start + panicGo.body.findIndex((l) => l.includes('fatalthrow(')), mapsFatal: 0, funcs: {} };
  if (swiss) {
    const mf = findFunc([join(src, 'runtime/panic.go')], /^func maps_fatal\(/, src);
    out.mapsFatal = mf.start + mf.body.findIndex((l) => /\bfatal\(s\)/.test(l));
  }
  const callees = {
    mapaccess2_fast32: /runtime_mapaccess2_fast32\(/, mapaccess2_fast64: /runtime_mapaccess2_fast64\(/,
    mapaccess2_faststr: /runtime_mapaccess2_faststr\(/, mapaccess2: /runtime_mapaccess2\(/,
    mapiternext: /\bmapiternext\(it\)/, 'maps.(*Map).Delete': /\bm\.Delete\(/, 'maps.(*table).Delete': /\.Delete\(typ, m,/,
    'maps.(*Map).Clear': /\bm\.Clear\(/, 'maps.(*Iter).grownKeyElem': /it\.grownKeyElem\(/, 'maps.(*Map).getWithKey': /\.getWithKey\(/,
    'maps.(*Iter).Next': /\b(it|iter)\.Next\(\)/, mapclone2: /\bmapclone2\(/, 'maps.(*Map).Clone': /\.Clone\(typ\)/,
    'maps.(*Map).putSlotSmall': /\bm\.putSlotSmall\(/, 'maps.(*Map).putSlotSmallFast32': /\bm\.putSlotSmallFast32\(/,
    'maps.(*Map).putSlotSmallFast64': /\bm\.putSlotSmallFast64\(/, 'maps.(*Map).putSlotSmallFastPtr': /\bm\.putSlotSmallFastPtr\(/,
    'maps.(*Map).putSlotSmallFastStr': /\bm\.putSlotSmallFastStr\(/,
  };
  for (const name of ENTRY) {
    const re = swiss ? new RegExp(`^func runtime_${name}\\(`) : new RegExp(`^func ${name}\\(`);
    const fn = findFunc(swiss ? mapsFiles : rtFiles, re, src) ?? (swiss ? findFunc(rtFiles, new RegExp(`^func ${name}\\(`), src) : null);
    if (fn !== null) out.funcs[name] = describe(fn, callees);
  }
  if (swiss) {
    for (const [name, re] of Object.entries(METHODS)) {
      const fn = findFunc(mapsFiles, re, src);
      if (fn !== null) out.funcs[name] = describe(fn, callees);
    }
  }
  return out;
}

/** One line per function, so a release's diff stays readable. */
function render(t) {
  let s = '';
  for (const [minor, v] of Object.entries(t)) {
    s += `  ${minor}: {\n    fatal: ${v.fatal},\n    mapsFatal: ${v.mapsFatal},\n    funcs: {\n`;
    for (const [name, f] of Object.entries(v.funcs)) s += `      '${name}': ${JSON.stringify(f).replace(/"(\w+)":/g, '$1: ').replace(/,(?=\S)/g, ', ')},\n`;
    s += '    },\n  },\n';
  }
  return s;
}

const table = {};
for (const m of MINORS) table[m] = version(m);
const text = `// Generated by scripts/gen-map-lines.mjs from each release's GOROOT/src; do not edit.
// Source lines of the map runtime's traceback frames, per Go minor version: \`fatal\` is the
// fatalthrow call in runtime/panic.go's fatal, \`mapsFatal\` the fatal call in maps_fatal (≥1.24),
// and for each entry point (named as tracebacks print it, without the \`runtime.\` or
// \`internal/runtime/\` prefix) its file, declaration line, the lines of its fatal(...) calls in
// source order, and the lines where it calls the other runtime functions of the chain.

export interface FuncLines {
  file: string;
  decl: number;
  fatals: number[];
  calls: Record<string, number>;
}

export interface VersionLines {
  fatal: number;
  mapsFatal: number;
  /** sync.(*WaitGroup).Wait's line calling runtime_Semacquire*, and that frame's name, line and arity. */
  funcs: Record<string, FuncLines>;
}

export const MAP_LINES: Record<number, VersionLines> = {
${render(table)}};
`;
if (process.argv.includes('--check')) {
  const old = readFileSync(OUT, 'utf8');
  if (old !== text) {
    console.error(`${OUT} differs from what the toolchains give; run node scripts/gen-map-lines.mjs`);
    process.exit(1);
  }
  console.log('map lines: up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
