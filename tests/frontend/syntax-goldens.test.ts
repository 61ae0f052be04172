// Compares the frontend's diagnostics with what `go build` printed for each erroneous
// program in tests/frontend/syntax, byte for byte, for every supported Go release:
// NAME.golden is go1.27's stderr, NAME.go1.NN.golden an older release's where it differs
// (captured by scripts/capture-syntax-errors.mjs). An empty golden means the program
// builds (e.g. generic methods are valid from go1.27); a golden without the
// `# command-line-arguments` header is the go command's own error about the package
// clause or imports (ParseResult.loadError).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBuildErrors, GO_VERSIONS, type GoVersion } from '../../src/engine/api.ts';
import { parseBytes } from '../../src/engine/frontend/parser.ts';
import { bytesToByteString, utf8Decode } from '../../src/engine/frontend/text.ts';

const dir = join(import.meta.dirname, 'syntax');
const cases = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

/**
 * Goldens produced by gc's type checker rather than its parser in that release: the
 * frontend rightly reports nothing for them (the checker must).
 */
const checkerPhase: Record<string, { versions: GoVersion[]; reason: string }> = {
  'ddd_not_final.go': {
    versions: ['1.19', '1.21', '1.22', '1.23', '1.24'],
    reason: 'before go1.25 types2 reported "can only use ... with final parameter in list"',
  },
};

function golden(c: string, v: GoVersion): string {
  const versioned = join(dir, c.replace(/\.go$/, `.go${v}.golden`));
  const file = existsSync(versioned) ? versioned : join(dir, c.replace(/\.go$/, '.golden'));
  return utf8Decode(bytesToByteString(readFileSync(file)));
}

describe('syntax errors match go build', () => {
  it('has at least 40 cases, each with a go1.27 golden', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) expect(existsSync(join(dir, c.replace(/\.go$/, '.golden')))).toBe(true);
  });
  for (const v of GO_VERSIONS) {
    describe(`go${v}`, () => {
      for (const c of cases) {
        const skip = checkerPhase[c]?.versions.includes(v) ?? false;
        it(skip ? `${c} (checker phase: ${checkerPhase[c].reason})` : c, () => {
          const src = bytesToByteString(readFileSync(join(dir, c)));
          const want = golden(c, v);
          const r = parseBytes(src, 'prog.go', { go: v });
          if (skip) {
            // the parser leaves this error to the checker in that release
            expect(r.diagnostics).toEqual([]);
            expect(want).not.toBe('');
            return;
          }
          if (want === '') {
            expect(r.diagnostics).toEqual([]);
            expect(r.loadError).toBeNull();
            expect(r.stop).toBe(false);
            return;
          }
          if (!want.startsWith('# command-line-arguments\n')) {
            // the go command failed before compiling: it prints only its first error
            const d = r.loadError;
            expect(d === null ? null : `${d.file}:${d.line}:${d.col}: ${d.message}\n`).toBe(want);
            expect(r.stop).toBe(true);
            return;
          }
          expect(r.loadError).toBeNull();
          expect(formatBuildErrors(r.diagnostics)).toBe(want);
        });
      }
    });
  }
});
