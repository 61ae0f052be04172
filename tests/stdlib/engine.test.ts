// The Go-source parts of STDLIB's packages (Split, Fields, Builder, Replacer, the *NumError
// wrappers, the []byte functions of utf8, ...) compiled and run by the engine, against the
// output of the same program under real Go 1.27 (tests/stdlib/go/engine/main.go).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, run } from '../../src/engine/index.ts';
import { goldenLines } from './golden.ts';

describe('STDLIB Go source through the engine', () => {
  it('tests/stdlib/go/engine/main.go prints what go1.27 prints', () => {
    const src = readFileSync(new URL('./go/engine/main.go', import.meta.url), 'utf8');
    const bytes = goldenLines('engine').map((l) => l.join('\t') + '\n').join('');
    const want = Buffer.from(bytes, 'latin1').toString('utf8'); // RunResult.stdout is text
    const c = compile(src, { go: '1.27', filename: 'main.go' });
    if (!c.ok) throw new Error(JSON.stringify(c.diagnostics));
    const r = run(c.program, {});
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(want);
    expect(r.exitCode).toBe(0);
  });
});
