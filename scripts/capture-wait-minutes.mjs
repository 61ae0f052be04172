#!/usr/bin/env node
// Captures real Go's `[<wait reason>, N minutes]` goroutine headers for tests/waitmin.
//
// Each program in tests/waitmin/progs blocks goroutines for one to three minutes of real time
// and then panics with GOTRACEBACK=all, so the dump shows whether the runtime had stamped them
// (g.waitsince, set by a GC cycle's stack scan). The programs sleep, so every program is run on
// every supported toolchain at once (about three and a half minutes in all). Each binary is
// built from /tmp/gomaplab-waitmin/<program>/main.go (a fixed path) and run with only PATH and
// HOME set. The outputs are stored as they are, hexadecimal numbers included; the test
// normalises both sides.
//
//   node scripts/capture-wait-minutes.mjs [--only alloc,gc1] [--go 1.27,1.23]
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROGS = join(ROOT, 'tests/waitmin/progs');
const OUT = join(ROOT, 'tests/waitmin/goldens');
const WORK = '/tmp/gomaplab-waitmin';
const ALL_VERSIONS = ['1.19', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26', '1.27'];

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : process.argv[i + 1].split(',');
};
const only = arg('--only');
const versions = (arg('--go') ?? ALL_VERSIONS).filter((v) => existsSync(`/usr/lib/go-${v}/bin/go`));
const programs = readdirSync(PROGS).filter((f) => f.endsWith('.go')).map((f) => f.slice(0, -3))
  .filter((p) => only === null || only.includes(p));

mkdirSync(OUT, { recursive: true });
const jobs = [];
for (const program of programs) {
  const dir = join(WORK, program);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(PROGS, `${program}.go`), join(dir, 'main.go'));
  for (const go of versions) {
    const exe = join(dir, `prog-${go}`);
    const b = spawnSync(`/usr/lib/go-${go}/bin/go`, ['build', '-o', exe, 'main.go'], {
      cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, GOCACHE: join(WORK, `cache-${go}`) },
    });
    if (b.status !== 0) throw new Error(`go${go} build ${program}: ${b.stderr}`);
    jobs.push({ program, go, exe, dir });
  }
}
console.log(`running ${jobs.length} binaries at once…`);
const results = await Promise.all(jobs.map((j) => new Promise((done) => {
  const t0 = Date.now();
  const p = spawn(j.exe, [], { cwd: j.dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, GOTRACEBACK: 'all' } });
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (d) => { stdout += d; });
  p.stderr.on('data', (d) => { stderr += d; });
  p.on('close', (code) => done({ ...j, exitCode: code, stdout, stderr, seconds: Math.round((Date.now() - t0) / 1000) }));
})));
for (const r of results) {
  const golden = {
    program: r.program, go: r.go, gotraceback: 'all', sourcePath: join(r.dir, 'main.go'),
    seconds: r.seconds, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr,
  };
  writeFileSync(join(OUT, `${r.program}-${r.go}.json`), JSON.stringify(golden, null, 2) + '\n');
  const heads = r.stderr.split('\n').filter((l) => l.startsWith('goroutine ') && !l.startsWith('goroutine 1 ')).join(' | ');
  console.log(`${r.program} go${r.go} (${r.seconds}s, exit ${r.exitCode}): ${heads}`);
}
