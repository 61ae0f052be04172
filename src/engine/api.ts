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
   * saying which and the exit code is 3. Memory: stderr is Go's out-of-memory fatal error
   * (exit code 2), as the compiled program prints it when its heap cannot grow.
   */
  limit?: 'steps' | 'memory' | 'time';
}

/** The event stream the visual panes read (Engine II/III grow it). */
export type TraceEvent =
  | { kind: 'goroutine'; step: number; goid: number; state: 'created' | 'runnable' | 'running' | 'waiting' | 'exited'; reason?: string; p?: number }
  | { kind: 'output'; step: number; stream: 'stdout' | 'stderr'; text: string };

/** Formats diagnostics exactly as `go build` prints them (stderr, exit status 1). */
export function formatBuildErrors(diags: readonly Diagnostic[]): string {
  let out = '# command-line-arguments\n';
  for (const d of diags) out += `./${d.file}:${d.line}:${d.col}: ${d.message}\n`;
  return out;
}
