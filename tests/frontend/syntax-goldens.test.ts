// Compares the frontend's diagnostics with what `go build` (go1.27) printed for each
// erroneous program in tests/frontend/syntax (goldens captured by
// scripts/capture-syntax-errors.mjs), byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBuildErrors } from '../../src/engine/api.ts';
import { parseBytes } from '../../src/engine/frontend/parser.ts';
import { bytesToByteString, utf8Decode } from '../../src/engine/frontend/text.ts';

const dir = join(import.meta.dirname, 'syntax');
const cases = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

describe('syntax errors match go build (go1.27)', () => {
  it('has at least 40 cases, each with a golden', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) expect(readdirSync(dir)).toContain(c.replace(/\.go$/, '.golden'));
  });
  for (const c of cases) {
    it(c, () => {
      const src = bytesToByteString(readFileSync(join(dir, c)));
      const golden = utf8Decode(bytesToByteString(readFileSync(join(dir, c.replace(/\.go$/, '.golden')))));
      const r = parseBytes(src, 'prog.go');
      expect(formatBuildErrors(r.diagnostics)).toBe(golden);
      // every golden here is a compile failure caused by the parser
      expect(r.diagnostics.length).toBeGreaterThan(0);
    });
  }
});
