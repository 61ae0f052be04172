// The gomaplab command: a program's output and exit code as the compiled Go binary's
// (goldens from real Go, tests/engine/progs), go build's output for compile errors, and
// usage errors.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ABS_PATH, normaliseStderr } from '../../scripts/lib/normalise.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PROGS = join(ROOT, 'tests/engine/progs');

function gomaplab(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gomaplab.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
}

function golden(name: string): { stdout: string; stderr: string; exitCode: number } {
  return JSON.parse(readFileSync(join(PROGS, `${name}.golden.json`), 'utf8'));
}

describe('gomaplab run', () => {
  it('prints a panic with the absolute path of the file and exits 2', () => {
    const file = join(PROGS, 'panic_traceback_args.go');
    const r = gomaplab(['run', file]);
    const want = golden('panic_traceback_args');
    expect(r.exitCode).toBe(want.exitCode);
    expect(r.stdout).toBe(want.stdout);
    expect(normaliseStderr(r.stderr.split(file).join(ABS_PATH))).toBe(want.stderr);
  });

  it('exits with the code given to os.Exit', () => {
    const r = gomaplab(['run', join(PROGS, 'os_exit.go')]);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual(golden('os_exit'));
  });

  it('prints what go build prints for a program that does not compile, and exits 1', () => {
    const r = gomaplab(['run', join(PROGS, 'compile_error.go')]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('compile_error.go').join('prog.go')).toBe(golden('compile_error').stderr);
  });

  it('reads GOTRACEBACK from the environment', () => {
    const r = gomaplab(['run', join(PROGS, 'panic_traceback_args.go')], { GOTRACEBACK: 'none' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('panic: too deep: abc\n');
  });

  it('rejects bad usage with exit code 2', () => {
    expect(gomaplab([]).exitCode).toBe(2);
    expect(gomaplab(['run', '--go', '1.20', join(PROGS, 'hello.go')]).exitCode).toBe(2);
    expect(gomaplab(['run', '--gomaxprocs', '0', join(PROGS, 'hello.go')]).exitCode).toBe(2);
    expect(gomaplab(['build', 'x.go']).exitCode).toBe(2);
    expect(gomaplab(['--help']).exitCode).toBe(0);
  });

  it('accepts --seed, --gomaxprocs and --race', () => {
    const r = gomaplab(['run', '--seed', '3', '--gomaxprocs', '2', '--race', '--go', '1.23', join(PROGS, 'hello.go')]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(golden('hello').stdout);
  });
});
