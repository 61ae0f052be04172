// The shape of one captured crash output (content/crash/<id>.json), written by
// scripts/capture-crash-outputs.mjs from real Go toolchains and rendered by
// <CrashOutput id="..."/>. The guards below are the schema: tests run them on every file.

export const TRACEBACK_LEVELS = ['none', 'single', 'all', 'system', 'crash'] as const;
export type TracebackLevel = (typeof TRACEBACK_LEVELS)[number];

export interface CrashCapture {
  /** File name without `.json`; what `<CrashOutput id>` refers to. */
  id: string;
  /** One line: what the capture shows. */
  title: string;
  /** Folder of the program under scripts/crash/progs. */
  program: string;
  /** Absolute path the program was built from (fixed, so tracebacks are stable). */
  sourcePath: string;
  /** The program's main.go. */
  source: string;
  /** Toolchain series, e.g. `1.27`. */
  go: string;
  /** `go version` output without the prefix, e.g. `go1.27.4 linux/amd64`. */
  goVersion: string;
  /** GOTRACEBACK as set in the environment; null when unset (the default, `single`). */
  gotraceback: TracebackLevel | null;
  /** Environment variables set for the run beyond the toolchain's own. */
  env: Record<string, string>;
  /** Build command run in the program's directory, or null for `go run`. */
  build: string | null;
  /** The command that produced the output, as typed in the program's directory. */
  command: string;
  /** Exit status as a shell reports it (`$?`): the status, or 128 + the signal number. */
  exitCode: number;
  /** The signal that ended the process, if any (e.g. `SIGABRT`). */
  signal: string | null;
  stdout: string;
  stderr: string;
  /** How the output was normalised. */
  normalisation: string;
}

const STRING_FIELDS = ['id', 'title', 'program', 'sourcePath', 'source', 'go', 'goVersion', 'command', 'stdout', 'stderr', 'normalisation'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTracebackLevel(v: unknown): v is TracebackLevel {
  return typeof v === 'string' && (TRACEBACK_LEVELS as readonly string[]).includes(v);
}

/** Everything wrong with a value as a CrashCapture; empty when it is one. */
export function captureProblems(v: unknown): string[] {
  if (!isRecord(v)) return ['not an object'];
  const problems: string[] = [];
  for (const f of STRING_FIELDS) if (typeof v[f] !== 'string') problems.push(`${f}: not a string`);
  const expected = new Set<string>([...STRING_FIELDS, 'gotraceback', 'env', 'build', 'exitCode', 'signal']);
  for (const k of Object.keys(v)) if (!expected.has(k)) problems.push(`${k}: unknown field`);
  if (v['gotraceback'] !== null && !isTracebackLevel(v['gotraceback'])) problems.push('gotraceback: not a level or null');
  const env = v['env'];
  if (!isRecord(env) || !Object.values(env).every((x) => typeof x === 'string')) problems.push('env: not a string map');
  if (v['build'] !== null && typeof v['build'] !== 'string') problems.push('build: not a string or null');
  if (typeof v['exitCode'] !== 'number' || !Number.isInteger(v['exitCode'])) problems.push('exitCode: not an integer');
  if (v['signal'] !== null && typeof v['signal'] !== 'string') problems.push('signal: not a string or null');
  if (typeof v['go'] === 'string' && !/^1\.\d+$/.test(v['go'])) problems.push('go: not a 1.N series');
  if (typeof v['goVersion'] === 'string' && typeof v['go'] === 'string' && !v['goVersion'].startsWith(`go${v['go']}.`)) {
    problems.push('goVersion: does not match go');
  }
  return problems;
}

export function isCrashCapture(v: unknown): v is CrashCapture {
  return captureProblems(v).length === 0;
}

/** How the caption names the GOTRACEBACK setting. */
export function tracebackLabel(c: CrashCapture): string {
  return c.gotraceback === null ? 'GOTRACEBACK unset (single)' : `GOTRACEBACK=${c.gotraceback}`;
}

/** How the caption names the way the process ended. */
export function exitLabel(c: CrashCapture): string {
  return c.signal ? `killed by ${c.signal}, shell status ${c.exitCode}` : `exit status ${c.exitCode}`;
}
