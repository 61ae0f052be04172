#!/usr/bin/env node
// Captures gc's inlining costs of the functions in tests/inline/progs/*.go from real Go
// toolchains: `go build -gcflags=-m=2` prints `can inline f with cost N` and `cannot inline f:
// function too complex: cost N exceeds budget 80` (go1.27 cmd/compile/internal/inline/inl.go
// CanInline). Writes tests/inline/goldens/go<version>.json: { "<file>": { "<gc name>": cost } }
// (functions gc refuses for another reason, e.g. recursion or defer, have no cost and are left
// out). tests/inline/costs.test.ts compares the engine's estimate (compile/codegen.ts
// inlineCost) with these.
//
// Usage: node scripts/capture-inline-costs.mjs [--version 1.27]

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = new URL('../', import.meta.url).pathname;
const PROGS = join(ROOT, 'tests/inline/progs');
const OUT = join(ROOT, 'tests/inline/goldens');
const argv = process.argv.slice(2);
const versions = argv[0] === '--version' ? [argv[1]] : ['1.23', '1.27'];

mkdirSync(OUT, { recursive: true });
for (const v of versions) {
  const go = `/usr/lib/go-${v}/bin/go`;
  const costs = {};
  for (const f of readdirSync(PROGS).filter((f) => f.endsWith('.go')).sort()) {
    const dir = mkdtempSync(join(tmpdir(), 'gomaplab-inl-'));
    try {
      writeFileSync(join(dir, 'main.go'), readFileSync(join(PROGS, f)));
      writeFileSync(join(dir, 'go.mod'), `module x\n\ngo ${v}\n`);
      const env = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOCACHE: join(tmpdir(), `gomaplab-inl-cache-${v}`) };
      const r = spawnSync(go, ['build', '-gcflags=-m=2', '-o', join(dir, 'a.out'), '.'], { cwd: dir, env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${f} does not build with go ${v}:\n${r.stderr}`);
      const m = {};
      for (const line of r.stderr.split('\n')) {
        const can = /^\.\/main\.go:\d+:\d+: can inline (\S+) with cost (\d+) as:/.exec(line);
        const cannot = /^\.\/main\.go:\d+:\d+: cannot inline (\S+): function too complex: cost (\d+) exceeds budget/.exec(line);
        const hit = can ?? cannot;
        // main is never inlined (its cost, counting closures gc may not visit, is left out).
        if (hit !== null && hit[1] !== 'main') m[hit[1]] = Number(hit[2]);
      }
      costs[f] = m;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  writeFileSync(join(OUT, `go${v}.json`), JSON.stringify(costs, null, 2) + '\n');
  console.log(`go${v}: ${Object.values(costs).reduce((n, m) => n + Object.keys(m).length, 0)} costs`);
}
