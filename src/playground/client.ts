// The page side of the engine worker. One worker per playground, created on the first run.
// Stop terminates the worker at once (so a runaway program ends within a frame) and the next
// run gets a fresh worker; a worker that dies is replaced the same way, transparently.
import type { Diagnostic, ExploreResult, RunResult } from '../engine/api.ts';
import { isFromWorker, type FromWorker, type RunRequestOptions, type ToWorker } from './protocol.ts';

export type RunOutcome =
  | { kind: 'compile-error'; diagnostics: Diagnostic[]; compileMs: number }
  | { kind: 'done'; result: RunResult; compileMs: number; runMs: number }
  | { kind: 'explored'; result: ExploreResult; compileMs: number; runMs: number }
  | { kind: 'stopped' }
  | { kind: 'internal-error'; message: string };

export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; resolve: (o: RunOutcome) => void } | null = null;

  private spawn(): Worker {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'gomaplab-engine' });
    w.onmessage = (e: MessageEvent<unknown>) => {
      if (isFromWorker(e.data)) this.receive(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      this.replace({ kind: 'internal-error', message: e.message || 'the engine worker stopped unexpectedly' });
    };
    return w;
  }

  private receive(m: FromWorker): void {
    if (m.type === 'ready' || m.type === 'output') return;
    const p = this.pending;
    if (!p || p.id !== m.id) return;
    this.pending = null;
    if (m.type === 'compile-error') p.resolve({ kind: 'compile-error', diagnostics: m.diagnostics, compileMs: m.compileMs });
    else if (m.type === 'done') p.resolve({ kind: 'done', result: m.result, compileMs: m.compileMs, runMs: m.runMs });
    else if (m.type === 'explored') p.resolve({ kind: 'explored', result: m.result, compileMs: m.compileMs, runMs: m.runMs });
    else p.resolve({ kind: 'internal-error', message: m.message });
  }

  /** Ends the current worker and settles the pending run with `outcome`. */
  private replace(outcome: RunOutcome): void {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    p?.resolve(outcome);
  }

  run(source: string, filename: string, options: RunRequestOptions): Promise<RunOutcome> {
    return this.request((id) => ({ type: 'run', id, source, filename, options }));
  }

  /** Runs the program under `runs` seeds from options.seed and tallies the outcomes. */
  explore(source: string, filename: string, options: RunRequestOptions, runs: number): Promise<RunOutcome> {
    return this.request((id) => ({ type: 'explore', id, source, filename, options, runs }));
  }

  private request(make: (id: number) => ToWorker): Promise<RunOutcome> {
    if (this.pending) this.replace({ kind: 'stopped' });
    this.worker ??= this.spawn();
    const id = this.nextId++;
    return new Promise<RunOutcome>((resolve) => {
      this.pending = { id, resolve };
      this.worker!.postMessage(make(id));
    });
  }

  get running(): boolean {
    return this.pending !== null;
  }

  stop(): void {
    if (this.pending) this.replace({ kind: 'stopped' });
  }

  dispose(): void {
    this.replace({ kind: 'stopped' });
  }
}
