// The `gomaplab` command (DESIGN.md "CLI"): runs a Go program on the engine and behaves
// like the compiled program: its stdout and stderr, its exit code (0; 2 for an unrecovered
// panic or a fatal error; os.Exit(n)), GOTRACEBACK read from the environment. A program
// that does not compile prints what `go build` prints and exits 1. Usage errors exit 2.
// A run ended by the step limit exits 3 (engine LIMIT_EXIT_CODE); the memory limit
// (--memory-limit, default 512 MiB of modelled Go heap, engine runtime/memory.ts) ends it as
// Go ends when its heap cannot grow: `fatal error: out of memory`, exit status 2.

import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MEMORY, LIMIT_EXIT_CODE } from '../engine/index.ts';
import { STACK_MB } from './stack.ts';
import {
  formatBuildErrors, GO_VERSIONS, DEFAULT_GO, type Diagnostic, type ExploreResult, type GoTraceback, type GoVersion, type RunResult,
} from '../engine/api.ts';


const usage = `usage: gomaplab run [--go X.Y] [--seed N] [--gomaxprocs N] [--race] FILE.go [ARGS...]
       gomaplab explore [--runs N] [--go X.Y] [--seed N] [--gomaxprocs N] FILE.go [ARGS...]

run: runs a Go program on the Go Map Lab engine, as the compiled program would run.
explore: runs it under N different seeds (schedules and map seeds; default 100) and prints
how often each outcome (exit status and first line of stderr) occurred, with the first
seed that gave it: \`gomaplab run --seed S\` replays that run.

  --go X.Y          Go version to follow: ${GO_VERSIONS.join(', ')} (default ${DEFAULT_GO})
  --seed N          seed of the deterministic run (map order, scheduling), default 1
  --gomaxprocs N    GOMAXPROCS, 1..256 (default 4)
  --race            the race detector: reports races on maps (header and element slots)
                    as go build -race does, and exits 66 after a normal end with races
  --steps N         stop the program after N steps (default 2000000000; explore: 50000000)
  --runs N          explore: number of runs, 1..100000
  --memory-limit SIZE
                    size of the modelled Go heap, in bytes or with a unit as GOMEMLIMIT
                    takes it (B, KiB, MiB, GiB), default ${DEFAULT_MEMORY >> 20}MiB; an allocation that
                    does not fit after a collection ends the program with Go's
                    \`fatal error: out of memory\` (exit status 2)

The program runs in a worker thread with a ${STACK_MB} MB stack, so recursion about as deep
as Go allows in practice works; unbounded recursion ends in Go's fatal stack overflow.

Environment: GOTRACEBACK=none|single|all|system|crash (or 0, 1, 2) as Go reads it.
Exit status: the program's (0, os.Exit(n), 2 after a panic or fatal error, 66 after races),
1 when the program does not compile, ${LIMIT_EXIT_CODE} when the step or time limit ended the run, 2 for usage errors.
`;

function fail(msg: string): never {
  process.stderr.write(`gomaplab: ${msg}\n${usage}`);
  process.exit(2);
}

function parseIntArg(name: string, v: string | undefined, min: number, max: number): number {
  if (v === undefined || !/^\d+$/.test(v)) fail(`${name} needs an integer argument`);
  const n = Number(v);
  if (n < min || n > max) fail(`${name} must be between ${min} and ${max}`);
  return n;
}

const UNITS: Record<string, number> = { '': 1, B: 1, KiB: 1 << 10, MiB: 1 << 20, GiB: 2 ** 30, TiB: 2 ** 40 };

/** A size as GOMEMLIMIT writes it: `512MiB`, `1GiB`, `1048576`. */
function parseSize(name: string, v: string | undefined): number {
  const m = v === undefined ? null : /^(\d+)(B|KiB|MiB|GiB|TiB)?$/.exec(v);
  if (m === null) fail(`${name} needs a size such as 512MiB or a number of bytes`);
  const n = Number(m[1]) * UNITS[m[2] ?? ''];
  if (n < 1 << 20 || n > 2 ** 48) fail(`${name} must be between 1MiB and 256TiB`);
  return n;
}

function traceback(env: string | undefined): GoTraceback {
  switch (env) {
    case 'none': case '0': return 'none';
    case 'all': return 'all';
    case 'system': case '2': return 'system';
    case 'crash': return 'crash';
    default: return 'single';
  }
}

/** The outcome table of `gomaplab explore`. */
function exploreTable(r: ExploreResult, go: string, gomaxprocs: number, ms: number): string {
  const rate = ms > 0 ? Math.round((r.runs * 1000) / ms) : r.runs;
  let s = `${r.runs} runs, Go ${go}, GOMAXPROCS ${gomaxprocs}: ${r.outcomes.length} outcome${r.outcomes.length === 1 ? '' : 's'} (${ms} ms, ${rate} runs/s)\n\n`;
  const rows = r.outcomes.map((o) => [String(o.count), ((100 * o.count) / r.runs).toFixed(1) + '%', String(o.exitCode), String(o.firstSeed), o.firstLine === '' ? '(nothing on stderr)' : o.firstLine]);
  const head = ['runs', 'share', 'exit', 'first seed', 'first line of stderr'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 4 ? c.padStart(width[i]) : c)).join('  ').trimEnd() + '\n';
  s += line(head);
  for (const row of rows) s += line(row);
  return s;
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(usage);
    return argv.length === 0 ? 2 : 0;
  }
  const command = argv[0];
  if (command !== 'run' && command !== 'explore') fail(`unknown command ${JSON.stringify(argv[0])}`);
  let runs = 100;
  let go: GoVersion = DEFAULT_GO;
  let seed = 1;
  let gomaxprocs = 4;
  let race = false;
  let steps: number | undefined;
  let memoryBytes = DEFAULT_MEMORY;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) break;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--go': case '-go': {
        const v = value();
        if (!(GO_VERSIONS as readonly string[]).includes(v ?? '')) fail(`--go must be one of ${GO_VERSIONS.join(', ')}`);
        go = v as GoVersion;
        break;
      }
      case '--seed': case '-seed':
        seed = parseIntArg('--seed', value(), 0, 2 ** 32 - 1);
        break;
      case '--gomaxprocs': case '-gomaxprocs':
        gomaxprocs = parseIntArg('--gomaxprocs', value(), 1, 256);
        break;
      case '--runs': case '-runs':
        if (command !== 'explore') fail('--runs is a flag of gomaplab explore');
        runs = parseIntArg('--runs', value(), 1, 100000);
        break;
      case '--steps':
        steps = parseIntArg('--steps', value(), 1, Number.MAX_SAFE_INTEGER);
        break;
      case '--memory-limit':
        memoryBytes = parseSize('--memory-limit', value());
        break;
      case '--race': case '-race':
        race = true;
        break;
      case '--help': case '-h':
        process.stdout.write(usage);
        return 0;
      default:
        fail(`unknown flag ${a}`);
    }
  }
  const file = argv[i];
  if (file === undefined) fail('no Go file given');
  if (!file.endsWith('.go')) fail(`${file} is not a .go file`);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}`);
  }
  const runOptions = {
    seed, gomaxprocs, race, gotraceback: traceback(process.env.GOTRACEBACK), args: argv.slice(i + 1),
    absPath: resolve(file), limits: { steps: steps ?? (command === 'explore' ? 5e7 : undefined), memoryBytes },
  };
  type Reply = { ok: false; diagnostics: Diagnostic[] } | { ok: true; result: RunResult } | { ok: true; explored: ExploreResult; ms: number };
  const reply = await new Promise<Reply>((done, failed) => {
    const w = new Worker(new URL('./run-worker.ts', import.meta.url), {
      workerData: { source, compileOptions: { go, filename: basename(file) }, runOptions, explore: command === 'explore' ? { runs, seed } : null },
      resourceLimits: { stackSizeMb: STACK_MB },
    });
    w.once('message', (m: Reply) => {
      done(m);
      void w.terminate();
    });
    w.once('error', failed);
  });
  if (!reply.ok) {
    process.stderr.write(formatBuildErrors(reply.diagnostics));
    return 1;
  }
  if ('explored' in reply) {
    process.stdout.write(exploreTable(reply.explored, go, gomaxprocs, reply.ms));
    return 0;
  }
  process.stdout.write(reply.result.stdout);
  process.stderr.write(reply.result.stderr);
  return reply.result.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
