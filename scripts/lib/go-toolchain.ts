// Locates the real Go toolchains installed beside the project (/usr/lib/go-1.NN, see
// DESIGN.md "Versions") and builds/runs single-file programs with them, with a fixed
// environment so that captures are reproducible. Used by scripts/capture-goldens.mjs and
// scripts/bench.mjs.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** GOROOT of the real toolchain for `version` (e.g. "1.27"), or null when not installed. */
export function goRoot(version: string): string | null {
  const root = `/usr/lib/go-${version}`;
  return existsSync(join(root, 'bin/go')) ? root : null;
}

/** Path of the `go` command for `version`, or null when not installed. */
export function goTool(version: string): string | null {
  const root = goRoot(version);
  return root ? join(root, 'bin/go') : null;
}

/** Environment for the go command: module mode, no network, scratch caches under `scratch`. */
export function goEnv(scratch: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'LANG', 'TMPDIR']) if (process.env[k] !== undefined) env[k] = process.env[k];
  return {
    ...env,
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOPATH: join(scratch, 'gopath'),
    GOCACHE: join(scratch, 'gocache'),
    CGO_ENABLED: '0',
  };
}

export interface BuildResult {
  ok: boolean;
  /** go build's stderr (empty on success). */
  stderr: string;
  /** Path of the executable when ok. */
  exe: string;
}

/**
 * Builds `src` as `<dir>/prog.go` in a one-file module whose go.mod says `go <version>`
 * (so the language version, e.g. per-iteration loop variables, follows the toolchain).
 * The directory is emptied first; the executable is `<dir>/prog`.
 */
export function buildProgram(version: string, src: string, dir: string, scratch: string): BuildResult {
  const go = goTool(version);
  if (!go) throw new Error(`Go ${version} is not installed (/usr/lib/go-${version})`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'go.mod'), `module prog\n\ngo ${version}\n`);
  writeFileSync(join(dir, 'prog.go'), src);
  const exe = join(dir, 'prog');
  const r = spawnSync(go, ['build', '-o', exe, 'prog.go'], { cwd: dir, env: goEnv(scratch), encoding: 'buffer' });
  if (r.error) throw r.error;
  return { ok: r.status === 0, stderr: r.stderr.toString('utf8'), exe };
}

export interface ProcessResult {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number;
}

/** Runs an executable with exactly `env` (no inherited variables) and optional args. */
export function runExecutable(exe: string, args: string[], env: Record<string, string>, cwd: string, timeoutMs = 60_000): ProcessResult {
  const r = spawnSync(exe, args, { cwd, env, encoding: 'buffer', timeout: timeoutMs, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  const exitCode = r.status ?? (r.signal ? 128 : -1);
  return { stdout: r.stdout, stderr: r.stderr, exitCode };
}

/** `go version` of an installed toolchain, e.g. "go1.27.4". */
export function goVersionString(version: string): string {
  const go = goTool(version);
  if (!go) return 'none';
  return execFileSync(go, ['env', 'GOVERSION'], { env: { ...process.env, GOTOOLCHAIN: 'local' } }).toString().trim();
}
