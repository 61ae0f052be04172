#!/usr/bin/env node
// Captures what real `go build` prints for the checker's test programs.
//
// For every tests/types/{errors,valid}/*.go it builds the program with the real
// toolchain(s) (/usr/lib/go-1.NN/bin/go) in a temporary module, as `prog.go`, and stores
// the exact stderr as a golden next to the program:
//   foo.go            -> foo.golden          (Go 1.27, the default)
//   // versions: 1.22 1.27   (first line)    -> foo.1.22.golden, foo.1.27.golden
// A program under valid/ must build cleanly (its golden is empty); the script fails
// otherwise. A program under errors/ must fail to build (with a `// versions:` line, it
// may build on some of them: their golden is then empty, showing the difference).
//
// Usage: node scripts/capture-type-errors.mjs [name-filter]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv[2] ?? '';
const scratch = mkdtempSync(join(tmpdir(), 'gomaplab-types-'));

/** Versions a program is captured for, from its `// versions: ...` first line. */
export function versionsOf(src) {
  const m = /^\/\/ versions: ([0-9. ]+)\n/.exec(src);
  return m ? m[1].trim().split(/\s+/) : null;
}

function build(version, src) {
  const dir = join(scratch, 'mod');
  rmSync(dir, { recursive: true, force: true });
  execFileSync('mkdir', ['-p', dir]);
  writeFileSync(join(dir, 'go.mod'), `module prog\n\ngo ${version}\n`);
  writeFileSync(join(dir, 'prog.go'), src);
  const env = {
    ...process.env,
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOPATH: join(scratch, 'gopath'),
    GOCACHE: join(scratch, 'gocache'),
    CGO_ENABLED: '0',
  };
  try {
    execFileSync(`/usr/lib/go-${version}/bin/go`, ['build', '-o', '/dev/null', 'prog.go'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, stderr: '' };
  } catch (e) {
    return { ok: false, stderr: e.stderr.toString('latin1') };
  }
}

let failures = 0;
let count = 0;
for (const sub of ['errors', 'valid']) {
  const dir = join(root, 'tests/types', sub);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.go')).sort()) {
    if (filter && !name.includes(filter)) continue;
    const src = readFileSync(join(dir, name), 'latin1');
    const vs = versionsOf(src);
    for (const v of vs ?? ['1.27']) {
      const r = build(v, src);
      const golden = join(dir, name.replace(/\.go$/, vs ? `.${v}.golden` : '.golden'));
      if (sub === 'valid' && !r.ok) {
        console.error(`${sub}/${name} (go ${v}) does not build:\n${r.stderr}`);
        failures++;
        continue;
      }
      if (sub === 'errors' && r.ok && vs === null) {
        console.error(`${sub}/${name} (go ${v}) builds without errors`);
        failures++;
        continue;
      }
      writeFileSync(golden, r.stderr, 'latin1');
      count++;
    }
  }
}
rmSync(scratch, { recursive: true, force: true });
console.log(`captured ${count} goldens, ${failures} failures`);
process.exit(failures > 0 ? 1 : 0);
