// Goroutine dumps at GOTRACEBACK=all and system against real Go (tests/crash/system, captured
// by scripts/capture-system-goldens.mjs for 1.19 and 1.21-1.27): headers (gp=/m= from go1.22),
// wait reasons, the runtime's own goroutines, runtime and sync frames of blocked goroutines,
// runtime.main / runtime.goexit, created-by lines, order, blank lines. Addresses and offsets
// vary between runs and are normalised, as are goroutine numbers (they depend on which P
// created the goroutine); a deadlock's `runtime stack:` depends on which M noticed it, so only
// its presence is compared.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, run } from '../../src/engine/index.ts';
import type { GoVersion, GoTraceback } from '../../src/engine/api.ts';

const DIR = join(import.meta.dirname, 'system');

function normalise(s: string): string {
  return s
    .replace(/^runtime stack:\n[^]*?\n\n/m, 'runtime stack:\n…\n\n')
    .replace(/0x[0-9a-f]+\??/g, '0x?')
    .replace(/^goroutine \d+/gm, 'goroutine N');
}

describe('goroutine dumps at GOTRACEBACK=all and system match real Go', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const [name, major, minor, level] = f.split('.');
    const go = `${major}.${minor}` as GoVersion;
    it(`${name} go${go} ${level}`, () => {
      const src = readFileSync(join(DIR, `${name}.go`), 'utf8');
      const c = compile(src, { go, filename: 'prog.go' });
      if (!c.ok) throw new Error(c.diagnostics[0]?.message);
      const r = run(c.program, { absPath: '/tmp/prog.go', gotraceback: level as GoTraceback, gomaxprocs: 4, seed: 1 });
      expect(r.exitCode).toBe(2);
      expect(normalise(r.stderr)).toBe(normalise(readFileSync(join(DIR, f), 'utf8')));
    });
  }
});
