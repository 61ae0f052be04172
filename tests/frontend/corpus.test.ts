// Parses the go1.27 GOROOT (read at test time, never committed):
// - every .go file under src/ outside testdata must parse without diagnostics, and its
//   tree must satisfy the structural invariants (ids, nested and ordered positions);
// - every .go file under test/ is compared with what real gc printed when compiling it
//   alone (tests/frontend/goroot-test-gc.json, captured by scripts/capture-syntax-errors.mjs):
//   no errors where gc printed none; gc's exact output where gc stopped on a syntax
//   error; otherwise our (parse-phase) errors must all appear in gc's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/engine/frontend/parser.ts';
import { checkTree } from './helpers.ts';
import { GOROOT, goFiles, haveGoroot, readBytes, skipMessage } from './goroot.ts';

describe.skipIf(!haveGoroot)(`GOROOT corpus (${haveGoroot ? GOROOT : skipMessage})`, () => {
  it('parses all of src/ (outside testdata) without diagnostics, with a well-formed tree', () => {
    const dir = join(GOROOT, 'src');
    const files = goFiles(dir);
    const bad: string[] = [];
    let bytes = 0;
    let ms = 0;
    for (const rel of files) {
      const src = readBytes(join(dir, rel));
      bytes += src.length;
      const t0 = performance.now();
      // compiled as gc compiles the standard library (-std; -+ for the runtime)
      const r = parseBytes(src, rel, { std: true, runtime: rel.startsWith('runtime/') || rel.startsWith('internal/runtime/') });
      ms += performance.now() - t0;
      if (r.diagnostics.length > 0) bad.push(`${rel}: ${r.diagnostics[0].line}:${r.diagnostics[0].col}: ${r.diagnostics[0].message}`);
      const p = checkTree(r.file);
      if (p !== null) bad.push(`${rel}: ${p}`);
    }
    console.log(`GOROOT/src: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB parsed in ${ms.toFixed(0)} ms (${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s)`);
    expect(bad).toEqual([]);
    expect(files.length).toBeGreaterThan(5000);
  });

  it('agrees with gc on every file of test/', () => {
    const dir = join(GOROOT, 'test');
    const gcOutput = JSON.parse(readFileSync(join(import.meta.dirname, 'goroot-test-gc.json'), 'utf8')).files as Record<string, string[]>;
    const known = new Map<string, string>();
    for (const line of readFileSync(join(import.meta.dirname, 'known-corpus-failures.txt'), 'utf8').split('\n')) {
      const t = line.trim();
      if (t !== '' && !t.startsWith('#')) known.set(t.split(/\s+/)[0], t);
    }
    const files = goFiles(dir);
    const failures = new Map<string, string>();
    const counts = { clean: 0, syntax: 0, other: 0 };
    for (const rel of files) {
      const gc = gcOutput[rel];
      if (gc === undefined) {
        failures.set(rel, 'not captured in goroot-test-gc.json (re-run scripts/capture-syntax-errors.mjs)');
        continue;
      }
      const r = parseBytes(readBytes(join(dir, rel)), rel);
      // `go tool compile FILE` names positions inside messages as given (no "./" that go build adds)
      const ours = r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message.split(`./${rel}:`).join(`${rel}:`)}`);
      if (gc.some((l) => l.includes(': syntax error: '))) {
        counts.syntax++;
        if (ours.join('\n') !== gc.join('\n')) failures.set(rel, `gc: ${gc.join(' | ')}\nours: ${ours.join(' | ')}`);
      } else if (gc.length === 0) {
        counts.clean++;
        if (ours.length > 0) failures.set(rel, `gc: no errors\nours: ${ours.join(' | ')}`);
        else {
          const p = checkTree(r.file);
          if (p !== null) failures.set(rel, p);
        }
      } else {
        counts.other++;
        const extra = ours.filter((l) => !gc.includes(l));
        if (extra.length > 0) failures.set(rel, `gc: ${gc.join(' | ')}\nours (not in gc): ${extra.join(' | ')}`);
      }
    }
    console.log(
      `GOROOT/test: ${files.length} files (${counts.clean} without errors, ${counts.syntax} with syntax errors, ${counts.other} with other errors); ${failures.size} known failures`,
    );
    const unexpected = [...failures].filter(([f]) => !known.has(f)).map(([f, why]) => `${f}\n${why}`);
    const nowPassing = [...known.keys()].filter((f) => !failures.has(f));
    expect(unexpected, 'new failures').toEqual([]);
    expect(nowPassing, 'known failures that now pass: remove them from known-corpus-failures.txt').toEqual([]);
  });
});
