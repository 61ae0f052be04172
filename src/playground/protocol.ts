// The typed message protocol between the page (client.ts) and the engine worker (worker.ts).
// Errors cross the boundary as data. Every request carries an id; replies echo it, so a reply
// to a run the reader has since replaced is recognised and dropped.
import type { Diagnostic, ExploreResult, GoTraceback, GoVersion, RunResult } from '../engine/api.ts';

export interface RunRequestOptions {
  go: GoVersion;
  seed: number;
  gomaxprocs: number;
  gotraceback: GoTraceback;
  race: boolean;
}

/** The playground's memory limit (RunLimits.memoryBytes): 256 MiB of modelled Go heap. */
export const PLAYGROUND_MEMORY_BYTES = 256 << 20;

export type ToWorker =
  | { type: 'run'; id: number; source: string; filename: string; options: RunRequestOptions }
  /** Run the program under `runs` seeds derived from options.seed (engine explore()). */
  | { type: 'explore'; id: number; source: string; filename: string; options: RunRequestOptions; runs: number };

export type FromWorker =
  | { type: 'ready' }
  /** The program did not compile; diagnostics are gc's, positioned in the user's file. */
  | { type: 'compile-error'; id: number; diagnostics: Diagnostic[]; compileMs: number }
  /** Program output as it is produced (batched by the worker). */
  | { type: 'output'; id: number; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'done'; id: number; result: RunResult; compileMs: number; runMs: number }
  | { type: 'explored'; id: number; result: ExploreResult; compileMs: number; runMs: number }
  /** The engine itself failed (a bug, not the program's failure). */
  | { type: 'internal-error'; id: number; message: string };

export function isFromWorker(x: unknown): x is FromWorker {
  if (typeof x !== 'object' || x === null) return false;
  const t = (x as { type?: unknown }).type;
  return t === 'ready' || t === 'compile-error' || t === 'output' || t === 'done' || t === 'explored' || t === 'internal-error';
}
