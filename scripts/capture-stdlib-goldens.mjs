#!/usr/bin/env node
// Captures the standard library goldens from real Go (go1.27):
//   tests/stdlib/go/<name>/main.go  →  tests/stdlib/golden/<name>.txt.gz   (case tables)
//   tests/stdlib/go/tables/main.go  →  src/engine/stdlib/tables/unicode.ts (generated rune tables)
// Usage: node scripts/capture-stdlib-goldens.mjs [name ...]   (default: all)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const goBin = process.env.GO ?? '/usr/lib/go-1.27/bin/go';
const env = {
  ...process.env,
  GOFLAGS: '-mod=mod',
  GOTOOLCHAIN: 'local',
  GOPROXY: 'off',
  GOPATH: '/tmp/gomaplab-stdlib-gopath',
  GOCACHE: '/tmp/gomaplab-stdlib-gocache',
  GO111MODULE: 'off',
};

const goDir = join(root, 'tests/stdlib/go');
const wanted = process.argv.slice(2);
const names = readdirSync(goDir).filter((n) => wanted.length === 0 || wanted.includes(n));

function runGo(name) {
  return execFileSync(goBin, ['run', 'main.go'], { cwd: join(goDir, name), env, maxBuffer: 1 << 30 });
}

const version = execFileSync(goBin, ['version'], { env }).toString().trim();
for (const name of names) {
  const out = runGo(name);
  if (name === 'tables') {
    const dest = join(root, 'src/engine/stdlib/tables/unicode.ts');
    writeFileSync(dest, out);
    console.log(`${dest}: ${out.length} bytes (${version})`);
    continue;
  }
  const dest = join(root, 'tests/stdlib/golden', `${name}.txt.gz`);
  mkdirSync(dirname(dest), { recursive: true });
  const gz = gzipSync(Buffer.concat([Buffer.from(`# ${version}\n`), out]), { level: 9 });
  writeFileSync(dest, gz);
  console.log(`${dest}: ${out.length} bytes, ${gz.length} gzipped (${version})`);
}
