#!/usr/bin/env node
// Captures the goldens of CORE's focused engine tests (tests/engine/progs/*.go) from real
// Go: each program is built with /usr/lib/go-1.27/bin/go (scripts/lib/go-toolchain.ts) in
// a fixed directory and the binary is run (so the exit code is the program's, not go
// run's). stdout, stderr and the exit code are stored in <name>.golden.json beside the
// program, with stderr normalised by the shared normaliser (scripts/lib/normalise.ts:
// addresses, pc offsets, `?` marks) and paths rewritten to the engine's (ABS_PATH,
// /usr/local/go). A `// stderr-lines: N` header keeps only the first N lines of stderr.
// A `// versions: 1.23 1.27` header captures each listed release into
// <name>.<version>.golden.json instead.
// Programs that do not build store go build's stderr and exit code 1.
//
// Usage: node scripts/capture-engine-goldens.mjs [filter]

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProgram, goRoot, runExecutable } from './lib/go-toolchain.ts';
import { firstLines, normaliseStderr, rewritePaths } from './lib/normalise.ts';

const VERSION = '1.27';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGS = join(ROOT, 'tests/engine/progs');
const DIR = '/tmp/gomaplab-engine-capture/prog';
const SCRATCH = '/tmp/gomaplab-engine-capture/cache';
const filter = process.argv[2] ?? '';

for (const f of readdirSync(PROGS).filter((n) => n.endsWith('.go') && n.includes(filter)).sort()) {
  const src = readFileSync(join(PROGS, f), 'utf8');
  const m = /^\/\/ stderr-lines: (\d+)$/m.exec(src);
  const vs = /^\/\/ versions: ([0-9. ]+)$/m.exec(src);
  // With a `// versions: 1.23 1.27` header: one <name>.<version>.golden.json per version.
  for (const version of vs ? vs[1].trim().split(/\s+/) : [VERSION]) {
    const root = goRoot(version);
    if (!root) throw new Error(`Go ${version} is not installed`);
    const b = buildProgram(version, src, DIR, SCRATCH);
    let g;
    if (!b.ok) g = { stdout: '', stderr: rewritePaths(b.stderr, DIR, root), exitCode: 1 };
    else {
      const r = runExecutable(b.exe, [], { PATH: '/usr/bin:/bin', HOME: '/tmp' }, DIR);
      g = { stdout: r.stdout.toString('utf8'), stderr: normaliseStderr(rewritePaths(r.stderr.toString('utf8'), DIR, root)), exitCode: r.exitCode };
    }
    if (m) g.stderr = firstLines(g.stderr, Number(m[1]));
    const out = vs ? f.replace(/\.go$/, `.${version}.golden.json`) : f.replace(/\.go$/, '.golden.json');
    writeFileSync(join(PROGS, out), JSON.stringify(g, null, 2) + '\n');
    console.log(`${out}: exit ${g.exitCode}`);
  }
}
