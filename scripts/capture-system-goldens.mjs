#!/usr/bin/env node
// Captures tests/crash/system/*.go run by each real release (1.19, 1.21-1.27) at
// GOTRACEBACK=all and system into tests/crash/system/<name>.<version>.<level>.txt, for
// tests/crash/system.test.ts. Paths are moved to the engine's (/usr/local/go, /tmp/prog.go);
// addresses stay (the test normalises them). Goroutine numbers vary between real runs: of 9
// runs, the most common output shape is kept.
//
// Usage: node scripts/capture-system-goldens.mjs
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram, runExecutable } from './lib/go-toolchain.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIR = join(ROOT, 'tests/crash/system');
const VERSIONS = ['1.19', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26', '1.27'];
const scratch = mkdtempSync(join(tmpdir(), 'gomaplab-sysgold-'));
try {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.go'))) {
    const src = readFileSync(join(DIR, f), 'utf8');
    for (const v of VERSIONS) {
      const dir = join(scratch, f + v);
      const b = buildProgram(v, src, dir, scratch);
      if (!b.ok) throw new Error(`${f} does not build with Go ${v}:\n${b.stderr}`);
      for (const level of ['all', 'system']) {
        const outs = [];
        for (let i = 0; i < 9; i++) {
          const r = runExecutable(b.exe, [], { PATH: '/usr/bin:/bin', GOTRACEBACK: level, GOMAXPROCS: '4' }, dir, 30_000);
          outs.push(r.stderr.toString('utf8').replace(/\/usr\/lib\/go-1\.\d+\/src\//g, '/usr/local/go/src/').replaceAll(join(dir, 'prog.go'), '/tmp/prog.go').replaceAll(dir + '/', '/tmp/'));
        }
        const shape = (t) => t.replace(/0x[0-9a-f]+\??/g, '0x?').replace(/^goroutine \d+/gm, 'goroutine N').replace(/^runtime stack:\n[^]*?\n\n/m, '');
        const count = new Map();
        for (const t of outs) count.set(shape(t), (count.get(shape(t)) ?? 0) + 1);
        const best = [...count].sort((a, b) => b[1] - a[1])[0][0];
        const out = outs.find((t) => shape(t) === best);
        writeFileSync(join(DIR, `${f.slice(0, -3)}.${v}.${level}.txt`), out);
      }
    }
    console.log(`${f}: captured`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
