// Every registered package's goSource parses (FRONTEND) and type-checks (CHECKER) cleanly,
// and its body-less functions and its natives correspond one to one.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/engine/frontend/index.ts';
import { registry } from '../../src/engine/stdlib/index.ts';
import '../../src/engine/compile/index.ts'; // registers CORE's packages (errors, io, ...) that ours import
import { check, type Package } from '../../src/engine/types/index.ts';

// strconv imports "errors", which CORE registers; a minimal one stands in if it is absent.
const errorsSource = `package errors

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func New(text string) error { return &errorString{text} }
`;

const checked = new Map<string, Package | null>();
const problems: string[] = [];

function importPkg(path: string): Package | null {
  if (checked.has(path)) return checked.get(path)!;
  const m = registry.get(path);
  const src = m ? m.goSource : path === 'errors' ? errorsSource : undefined;
  if (src === undefined) return null;
  checked.set(path, null);
  const parsed = parseFile(src, `${path}.go`);
  for (const d of parsed.diagnostics) problems.push(`${path}: parse ${d.line}:${d.col}: ${d.message}`);
  const out = check(parsed.file, { go: '1.27', path, stdlib: true, importer: importPkg });
  for (const d of out.diagnostics) problems.push(`${path}: check ${d.line}:${d.col}: ${d.message}`);
  checked.set(path, out.pkg);
  return out.pkg;
}

// STDLIB's own packages; CORE tests the packages it registers.
const own = ['math', 'math/bits', 'strconv', 'strings', 'unicode', 'unicode/utf8'];

describe('stdlib goSource', () => {
  for (const path of own) {
    const m = registry.get(path)!;
    it(`${path}: parses and type-checks; natives match body-less functions`, () => {
      problems.length = 0;
      expect(importPkg(path)).not.toBeNull();
      expect(problems).toEqual([]);
      const parsed = parseFile(m.goSource, `${path}.go`);
      const bodyless = new Set<string>();
      for (const d of parsed.file.decls) {
        if (d.kind === 'FuncDecl' && d.body === null && d.recv === null) bodyless.add(d.name.name);
      }
      expect([...bodyless].sort()).toEqual(Object.keys(m.natives).sort());
    });
  }
});
