// The engine's public contract (DESIGN.md "Contracts"). The site, the worker and the CLI
// import only this module's types and the functions re-exported by src/engine/index.ts.
// Everything here is plain data so it can cross a Web Worker boundary unchanged.

/** Go versions the engine follows. Each is backed by a real toolchain in the test suite. */
export const GO_VERSIONS = ['1.19', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26', '1.27'] as const;
export type GoVersion = (typeof GO_VERSIONS)[number];
export const DEFAULT_GO: GoVersion = '1.27';

/** A position-carrying message, printed by `go build` as `./prog.go:L:C: message`. */
export interface Diagnostic {
  /** File name as the user wrote it, e.g. `prog.go`. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in bytes as gc counts them. */
  col: number;
  message: string;
  /**
   * Reported by the go command itself before compiling (e.g. a package missing from the
   * release): printed as `file:line:col: message` without the `# command-line-arguments`
   * header and the `./` prefix.
   */
  goCommand?: boolean;
}

export interface CompileOptions {
  go?: GoVersion;
  /** File name used in diagnostics; default `prog.go`. */
  filename?: string;
}

export type CompileResult<P> = { ok: true; program: P } | { ok: false; diagnostics: Diagnostic[] };

export type GoTraceback = 'none' | 'single' | 'all' | 'system' | 'crash';

export interface RunLimits {
  /** Interpreter steps before the run is ended (default 2e9). */
  steps?: number;
  /**
   * Size of the modelled Go heap (default 512 MiB; the playground uses 256 MiB). Allocations
   * are charged with their Go sizes and a deterministic simulated collector estimates what
   * survives (runtime/memory.ts); an allocation that does not fit ends the run as Go ends
   * when its heap cannot grow: `runtime: out of memory: cannot allocate N-byte block (M in
   * use)`, `fatal error: out of memory`, exit code 2. The same program and seed stop at the
   * same allocation in every host.
   */
  memoryBytes?: number;
  /** Host wall-clock milliseconds before the run is ended (default none). */
  wallMs?: number;
}

export interface RunOptions {
  seed?: number;
  gomaxprocs?: number;
  race?: boolean;
  gotraceback?: GoTraceback;
  limits?: RunLimits;
  /** os.Args[1:] */
  args?: string[];
  /** Absolute path of the source file as tracebacks print it, e.g. `/tmp/prog/prog.go`. */
  absPath?: string;
  /** Receives trace events as they happen (goroutines, maps, channels). */
  onEvent?: (event: TraceEvent) => void;
  /** Map events carry the map's internal state after each operation (costly; for the map pane). */
  mapStates?: boolean;
}

export interface RunStats {
  steps: number;
  /** Simulated time in nanoseconds since the program started. */
  virtualTimeNs: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  stats: RunStats;
  /**
   * Set when a limit ended the run. Steps and time: stderr ends with a `gomaplab:` line
   * saying which and the exit code is 3. (A failure of the engine itself, or a construct it
   * rejects only while running, also ends with a `gomaplab:` line and exit code 3, without
   * `limit`; run() never throws.) Memory: stderr is Go's out-of-memory fatal error
   * (exit code 2), as the compiled program prints it when its heap cannot grow.
   */
  limit?: 'steps' | 'memory' | 'time';
}

/** Options of explore(): the run options, and how many schedules (seeds) to try. */
export interface ExploreOptions extends Omit<RunOptions, 'seed' | 'onEvent'> {
  /** Number of runs, each with its own seed. */
  runs: number;
  /** First seed; run i uses exploreSeed(seed, i). Default 1. */
  seed?: number;
}

/** One distinct outcome: exit code and first stderr line, how often, and the first seed giving it. */
export interface ExploreOutcome {
  exitCode: number;
  firstLine: string;
  count: number;
  firstSeed: number;
}

export interface ExploreResult {
  runs: number;
  /** Most frequent first; ties by first seed. */
  outcomes: ExploreOutcome[];
  /** Steps of all runs together (for the schedules-per-second figure). */
  steps: number;
}

/** The seed of run `i` of an exploration from `base` (run 0 uses `base` itself). */
export function exploreSeed(base: number, i: number): number {
  if (i === 0) return base >>> 0;
  let h = Math.imul((base ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(i, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** The event stream the visual panes read (Engine II/III grow it). */
export type TraceEvent =
  | { kind: 'goroutine'; step: number; goid: number; state: 'created' | 'runnable' | 'running' | 'waiting' | 'exited'; reason?: string; p?: number }
  | { kind: 'output'; step: number; stream: 'stdout' | 'stderr'; text: string }
  | MapTraceEvent;

/**
 * A step of a runtime map function (runtime/maps/entry.ts) in goroutine code of a concurrent
 * program: entering it, setting or clearing the writing flag, the model's own steps (bucket or
 * group touched, growth, evacuation), leaving it, or the fatal error it raised. `map` numbers
 * the program's maps in the order the runtime first touched them. With RunOptions.mapStates,
 * `state` carries the map's internal state (the model's state()) after the operation.
 */
export interface MapTraceEvent {
  kind: 'map';
  step: number;
  goid: number;
  map: number;
  /** The runtime function, e.g. `mapassign_fast64`, `mapaccess1_faststr`, `mapiternext`. */
  fn: string;
  phase: 'enter' | 'flag-set' | 'flag-clear' | 'step' | 'exit' | 'fatal';
  /** phase 'step': what the model did. phase 'fatal': the message. */
  detail?: { kind: string; [k: string]: number | string };
  state?: unknown;
}

/** Formats diagnostics exactly as `go build` prints them (stderr, exit status 1). */
export function formatBuildErrors(diags: readonly Diagnostic[]): string {
  if (diags.length > 0 && diags.every((d) => d.goCommand === true)) {
    return diags.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}\n`).join('');
  }
  let out = '# command-line-arguments\n';
  for (const d of diags) out += `./${d.file}:${d.line}:${d.col}: ${d.message}\n`;
  return out;
}
