// Go's own errorcheck tests whose expected errors are syntax errors: $GOROOT/test
// programs starting with `// errorcheck` that live in test/syntax or for which real gc
// reports a syntax error and so stops after parsing (tests/frontend/goroot-test-gc.json). Each is checked the way Go's test driver does
// (go1.27 cmd/internal/testdir/testdir_test.go, errorCheck/wantedErrors): gc runs with
// -e (no error limit) and -C (no columns); every `// ERROR "re"` must match an error on
// its line, and every error must be matched. Files that fail are listed with a reason
// in known-syntax-failures.txt; the list must stay exact (a listed file that starts
// passing fails the test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/engine/frontend/parser.ts';
import { GOROOT, goFiles, haveGoroot, readBytes, skipMessage } from './goroot.ts';

const testDir = join(GOROOT, 'test');
const gcOutput = JSON.parse(readFileSync(join(import.meta.dirname, 'goroot-test-gc.json'), 'utf8')).files as Record<string, string[]>;

const errRx = /\/\/ (?:GC_)?ERROR (.*)/;
const errAutoRx = /\/\/ (?:GC_)?ERRORAUTO (.*)/;
const errQuotesRx = /"([^"]*)"/g;
const lineRx = /LINE(([+-])(\d+))?/g;

interface Wanted {
  reStr: string;
  re: RegExp;
  prefix: string;
  lineNum: number;
}

/** testdir's wantedErrors for one file (src as text). */
function wantedErrors(src: string, short: string): Wanted[] {
  const errs: Wanted[] = [];
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNum = i + 1;
    if (line.includes('////')) continue; // double comment disables ERROR
    const m = errAutoRx.exec(line) ?? errRx.exec(line);
    if (m === null) continue;
    for (const q of m[1].matchAll(errQuotesRx)) {
      const rx = q[1].replace(lineRx, (s) => {
        let n = lineNum;
        if (s.startsWith('LINE+')) n += Number(s.slice(5));
        else if (s.startsWith('LINE-')) n -= Number(s.slice(5));
        return `${short}:${n}`;
      });
      errs.push({ reStr: rx, re: new RegExp(rx), prefix: `${short}:${lineNum}`, lineNum });
    }
  }
  return errs;
}

function matchPrefix(s: string, prefix: string): boolean {
  const i = s.indexOf(':');
  if (i < 0) return false;
  const j = s.lastIndexOf('/', i);
  s = s.slice(j + 1);
  if (s.length <= prefix.length || !s.startsWith(prefix)) return false;
  return s[prefix.length] === '[' || s[prefix.length] === ':';
}

/** testdir's errorCheck: null when the output satisfies the ERROR comments, else the reasons. */
function errorCheck(out: string[], want: Wanted[]): string | null {
  const errs: string[] = [];
  for (const we of want) {
    const errmsgs = out.filter((s) => matchPrefix(s, we.prefix));
    out = out.filter((s) => !matchPrefix(s, we.prefix));
    if (errmsgs.length === 0) {
      errs.push(`${we.prefix}: missing error ${JSON.stringify(we.reStr)}`);
      continue;
    }
    let matched = false;
    for (const errmsg of errmsgs) {
      const sp = errmsg.indexOf(' ');
      const text = sp >= 0 ? errmsg.slice(sp + 1) : errmsg;
      if (we.re.test(text)) matched = true;
      else out.push(errmsg);
    }
    if (!matched) errs.push(`${we.prefix}: no match for ${JSON.stringify(we.reStr)}`);
  }
  if (out.length > 0) errs.push('unmatched errors: ' + out.join(' | '));
  return errs.length === 0 ? null : errs.join('; ');
}

/** The errorcheck files this test covers, with their sources (text). */
function selectFiles(): { rel: string; src: string }[] {
  const out: { rel: string; src: string }[] = [];
  for (const rel of goFiles(testDir)) {
    const src = readFileSync(join(testDir, rel), 'utf8');
    if (!/^\/\/ errorcheck\b/.test(src)) continue;
    const gc = gcOutput[rel] ?? [];
    // gc stops after parsing when it reports a syntax error, so then every expected
    // error comes from the parser (the type checker never runs)
    if (rel.startsWith('syntax/') || gc.some((l) => l.includes(': syntax error: '))) out.push({ rel, src });
  }
  return out;
}

function knownFailures(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of readFileSync(join(import.meta.dirname, 'known-syntax-failures.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [file, ...reason] = t.split(/\s+/);
    m.set(file, reason.join(' '));
  }
  return m;
}

describe.skipIf(!haveGoroot)(`errorcheck tests with syntax errors (${haveGoroot ? 'go1.27 test/' : skipMessage})`, () => {
  it('matches the ERROR comments, except the listed known failures', () => {
    const files = selectFiles();
    const known = knownFailures();
    const failures = new Map<string, string>();
    for (const { rel, src } of files) {
      const short = rel.slice(rel.lastIndexOf('/') + 1);
      const r = parseBytes(readBytes(join(testDir, rel)), short, { allErrors: true });
      const out = r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`);
      const why = errorCheck(out, wantedErrors(src, short));
      if (why !== null) failures.set(rel, why);
    }
    const passed = files.length - failures.size;
    console.log(`errorcheck (syntax): ${passed}/${files.length} files pass; ${failures.size} known failures`);
    const unexpected = [...failures].filter(([f]) => !known.has(f)).map(([f, why]) => `${f}: ${why}`);
    const nowPassing = [...known.keys()].filter((f) => !failures.has(f));
    expect(unexpected, 'new failures').toEqual([]);
    expect(nowPassing, 'known failures that now pass: remove them from known-syntax-failures.txt').toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });
});
