// The `// errorcheck` programs of Go's own test suite ($GOROOT/test), matched as
// go1.27 src/cmd/internal/testdir/testdir_test.go (errorCheck, wantedErrors,
// splitOutput, matchPrefix) does: the compiler runs with -e (no error limit) and -C (no
// columns); every `// ERROR "re" "re2"` comment wants, for each regexp, an error on
// that line whose text (after "file:line: ") matches; every error must be wanted.
// LINE, LINE+n, LINE-n in a regexp stand for "file:line".

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parseBytes } from '../../src/engine/frontend/parser.ts';
import { ErrorList } from '../../src/engine/frontend/errors.ts';
import { check } from '../../src/engine/types/index.ts';
import { stubImporter } from './harness.ts';

export const goroot = '/usr/lib/go-1.27';
const testDirs = ['.', 'ken', 'chan', 'interface', 'syntax', 'dwarf', 'fixedbugs', 'codegen', 'typeparam', 'typeparam/mdempsky', 'abi'];

/** Packages Go Map Lab supports (unsafe and cgo are rejected). */
export const supportedPackages = new Set([
  'fmt', 'strings', 'strconv', 'errors', 'sort', 'slices', 'maps', 'math', 'unicode/utf8', 'os', 'sync',
  'sync/atomic', 'time', 'context', 'runtime', 'io', 'iter',
]);

export interface ErrorcheckCase {
  /** Path relative to $GOROOT/test. */
  name: string;
  src: string;
  go: string;
}

/** gc with -e: accepts every error (the 10-error limit never triggers). */
class UnlimitedErrorList extends ErrorList {
  override add(line: number, col: number, message: string): boolean {
    this.count = 0;
    return super.add(line, col, message);
  }
}

/** Candidate programs: header `// errorcheck` (optionally -d=panic or -lang=go1.N), imports all supported. */
export function errorcheckCases(): ErrorcheckCase[] {
  const out: ErrorcheckCase[] = [];
  for (const d of testDirs) {
    const dir = join(goroot, 'test', d);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.go')).sort();
    } catch {
      continue;
    }
    for (const n of names) {
      const path = join(dir, n);
      if (!statSync(path).isFile()) continue;
      const src = readFileSync(path, 'latin1');
      const first = src.slice(0, src.indexOf('\n'));
      const m = /^\/\/ errorcheck((?: -d=panic| -lang=go1\.\d+)*)\s*$/.exec(first);
      if (m === null) continue;
      const lang = /-lang=go(1\.\d+)/.exec(m[1]);
      const p = parseBytes(src, n);
      if (p.file.imports.some((s) => !supportedPackages.has(s.path.value.slice(1, -1)))) continue;
      out.push({ name: d === '.' ? n : `${d}/${n}`, src, go: lang ? lang[1] : '1.27' });
    }
  }
  return out;
}

/** gc's output lines for the program, as `file:line: message` (-C), continuation lines joined. */
export function compileOutput(c: ErrorcheckCase): string[] {
  const file = basename(c.name);
  const p = parseBytes(c.src, file);
  let diags = p.diagnostics;
  if (!p.stop) {
    const errors = new UnlimitedErrorList(file);
    for (const d of p.diagnostics) errors.add(d.line, d.col, d.message);
    diags = check(p.file, { go: c.go, importer: stubImporter, errors, path: 'p', complete: false, posPrefix: '' }).diagnostics;
  }
  return diags.map((d) => `${file}:${d.line}: ${d.message}`);
}

interface Wanted {
  re: RegExp;
  reStr: string;
  prefix: string;
  line: number;
}

function wantedErrors(c: ErrorcheckCase): Wanted[] {
  const short = basename(c.name);
  const out: Wanted[] = [];
  c.src.split('\n').forEach((line, i) => {
    const lineNum = i + 1;
    if (line.includes('////')) return;
    if (/\/\/ (?:GC_)?ERRORAUTO (.*)/.test(line)) return;
    const m = /\/\/ (?:GC_)?ERROR (.*)/.exec(line);
    if (m === null) return;
    for (const q of m[1].matchAll(/"([^"]*)"/g)) {
      const rx = q[1].replace(/LINE(([+-])(\d+))?/g, (_s, _a, sign: string | undefined, d: string | undefined) => {
        let n = lineNum;
        if (sign === '+') n += Number(d);
        else if (sign === '-') n -= Number(d);
        return `${short}:${n}`;
      });
      out.push({ re: goRegExp(rx), reStr: rx, prefix: `${short}:${lineNum}`, line: lineNum });
    }
  });
  return out;
}

/**
 * Go RE2 syntax to JS: the subset the tests use ((?s), (?i) flags at the start). No 'u'
 * flag: Annex B syntax accepts Go's `\-` escapes and literal braces like `{…}`.
 */
function goRegExp(rx: string): RegExp {
  let flags = '';
  const m = /^\(\?([is]+)\)/.exec(rx);
  if (m !== null) {
    flags += m[1];
    rx = rx.slice(m[0].length);
  }
  try {
    return new RegExp(rx, flags);
  } catch {
    return new RegExp(rx.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
  }
}

function matchPrefix(s: string, prefix: string): boolean {
  const i = s.indexOf(':');
  if (i < 0) return false;
  const t = s.slice(s.lastIndexOf('/', i) + 1);
  return t.length > prefix.length && t.startsWith(prefix) && (t[prefix.length] === ':' || t[prefix.length] === '[');
}

/** errorCheck: '' when the output matches the ERROR comments, else the first problem. */
export function errorCheck(c: ErrorcheckCase): string {
  try {
    return errorCheck1(c);
  } catch (e) {
    return `checker crashed: ${(e as Error).message}`;
  }
}

function errorCheck1(c: ErrorcheckCase): string {
  // messages are byte strings; decode UTF-8 so regexps with non-ASCII text match
  let out = compileOutput(c).map((l) => Buffer.from(l, 'latin1').toString('utf8'));
  const errs: string[] = [];
  for (const we of wantedErrors({ ...c, src: Buffer.from(c.src, 'latin1').toString('utf8') })) {
    const errmsgs = out.filter((s) => matchPrefix(s, we.prefix));
    out = out.filter((s) => !matchPrefix(s, we.prefix));
    if (errmsgs.length === 0) {
      errs.push(`${we.prefix}: missing error "${we.reStr}"`);
      continue;
    }
    let matched = false;
    for (const msg of errmsgs) {
      const sp = msg.indexOf(' ');
      const text = sp >= 0 ? msg.slice(sp + 1) : msg;
      if (we.re.test(text)) matched = true;
      else out.push(msg);
    }
    if (!matched) errs.push(`${we.prefix}: no match for \`${we.reStr}\` in: ${errmsgs.join(' | ')}`);
  }
  for (const l of out) errs.push(`unmatched error: ${l}`);
  return errs.length > 0 ? errs[0].replace(/\s+/g, ' ') : '';
}
