#!/usr/bin/env node
// Captures real Go's race detector on the programs of tests/race/progs: each is built with
// `go build -race` (cgo and a C compiler are needed, as the race runtime requires) by Go 1.23 and
// 1.27 and run once; exit code, stdout and stderr (build directory and GOROOT rewritten to the
// paths the engine prints) go to tests/race/golden/<version>/<name>.json for
// tests/race/race.test.ts. Which goroutine is reported first depends on the schedule, so the
// test compares reports as unordered pairs of accesses.
//
// Usage: node scripts/capture-race.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goRoot, goTool, goVersionString, runExecutable } from './lib/go-toolchain.ts';
import { rewritePaths } from './lib/normalise.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const PROGS = join(ROOT, 'tests/race/progs');
const VERSIONS = ['1.23', '1.27'];

const scratch = mkdtempSync(join(tmpdir(), 'gomaplab-race-'));
try {
  for (const v of VERSIONS) {
    const go = goTool(v);
    if (go === null) throw new Error(`Go ${v} is not installed`);
    const outDir = join(ROOT, 'tests/race/golden', v);
    mkdirSync(outDir, { recursive: true });
    for (const f of readdirSync(PROGS).filter((n) => n.endsWith('.go')).sort()) {
      const dir = join(scratch, `${v}-${f}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'go.mod'), `module prog\n\ngo ${v}\n`);
      writeFileSync(join(dir, 'prog.go'), readFileSync(join(PROGS, f), 'utf8'));
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '-mod=mod', CGO_ENABLED: '1', GOCACHE: join(scratch, 'cache'), GOPATH: join(scratch, 'gopath') };
      const b = spawnSync(go, ['build', '-race', '-o', 'prog', 'prog.go'], { cwd: dir, env, encoding: 'utf8' });
      if (b.status !== 0) throw new Error(`${f} (Go ${v}): ${b.stderr}`);
      const r = runExecutable(join(dir, 'prog'), [], { PATH: '/usr/bin:/bin' }, dir, 60_000);
      const stderr = rewritePaths(r.stderr.toString('utf8'), dir, goRoot(v));
      const record = { program: f, toolchain: goVersionString(v), command: 'go build -race && ./prog', exitCode: r.exitCode, stdout: r.stdout.toString('utf8'), stderr };
      writeFileSync(join(outDir, f.replace(/\.go$/, '.json')), JSON.stringify(record, null, 2) + '\n');
      console.log(v, f, 'exit', r.exitCode);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
