#!/usr/bin/env node
// Captures what real Go does with every scenario in content/scenarios, on every Go version the
// engine supports, into content/scenarios/observed/<id>.json. Those records are the scenarios'
// expectations: tests/scenarios checks the engine against them.
//
// A scenario's <id>.json may set "runs" (default 1): concurrent scenarios are run that many times
// per version and their outcomes (exit code and first line of stderr) are counted. For scenarios
// run once, the normalised stdout and stderr are kept in full.
//
//   node scripts/capture-scenarios.mjs [--versions 1.23,1.27] [id ...]
//
// Needs the Go toolchains of src/engine/api.ts GO_VERSIONS at /usr/lib/go-1.NN (Debian packages).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GO_VERSIONS } from '../src/engine/api.ts';
import { buildProgram, goRoot, goVersionString, runExecutable } from './lib/go-toolchain.ts';
import { normaliseStderr, rewritePaths } from './lib/normalise.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { versions: { type: 'string' } },
});
const versions = values.versions ? values.versions.split(',') : [...GO_VERSIONS];
const dir = 'content/scenarios';
const outDir = join(dir, 'observed');
mkdirSync(outDir, { recursive: true });

// A fixed build directory keeps the printed source path identical between captures.
const buildRoot = '/tmp/gomaplab-scenarios';
const scratch = '/tmp/gomaplab-scenarios-cache';

const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.go'))
  .map((f) => f.slice(0, -3))
  .filter((id) => positionals.length === 0 || positionals.includes(id))
  .sort();

for (const id of ids) {
  const src = readFileSync(join(dir, `${id}.go`), 'utf8');
  const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
  const runs = meta.runs ?? 1;
  const record = { scenario: id, runs, versions: {} };
  for (const v of versions) {
    const root = goRoot(v);
    if (!root) throw new Error(`Go ${v} is not installed at /usr/lib/go-${v}`);
    const buildDir = join(buildRoot, id);
    const b = buildProgram(v, src, buildDir, scratch);
    const entry = { toolchain: goVersionString(v) };
    if (!b.ok) {
      entry.build = { exitCode: 1, stderr: rewritePaths(b.stderr, buildDir, root) };
      record.versions[v] = entry;
      continue;
    }
    const counts = new Map();
    let sample = null;
    for (let i = 0; i < runs; i++) {
      const env = { PATH: '/usr/bin:/bin', ...(meta.env ?? {}) };
      // Unbounded programs are expected to crash; a bound keeps a surprise from hanging the capture.
      const r = runExecutable(b.exe, [], env, buildDir, 20_000);
      const stdout = r.stdout.toString('utf8');
      const stderr = normaliseStderr(rewritePaths(r.stderr.toString('utf8'), buildDir, root));
      const firstLine = stderr.split('\n')[0] ?? '';
      const key = `${r.exitCode}\u0000${firstLine}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (runs === 1) sample = { exitCode: r.exitCode, stdout, stderr };
    }
    entry.outcomes = [...counts.entries()]
      .map(([k, count]) => {
        const [exitCode, firstLine] = k.split('\u0000');
        return { exitCode: Number(exitCode), firstLine, count };
      })
      .sort((a, b) => a.exitCode - b.exitCode || a.firstLine.localeCompare(b.firstLine));
    if (sample) entry.output = sample;
    record.versions[v] = entry;
  }
  writeFileSync(join(outDir, `${id}.json`), JSON.stringify(record, null, 2) + '\n');
  const summary = Object.entries(record.versions)
    .map(([v, e]) => `${v}:${e.build ? 'build-error' : e.outcomes.map((o) => `${o.exitCode}x${o.count}`).join('/')}`)
    .join(' ');
  console.log(`${id}: ${summary}`);
}
