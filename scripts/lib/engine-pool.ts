// A small pool of worker threads (engine-worker.ts) that run Go programs through the
// engine. Each job has a host wall-clock deadline: a worker that misses it is terminated
// and replaced, and the job reports `timeout`, so a non-terminating engine bug can never
// hang a test suite or the benchmark. The engine is also given a step limit.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoTraceback, GoVersion } from '../../src/engine/api.ts';
import { STACK_MB } from '../../src/cli/stack.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface EngineJob {
  source: string;
  go: GoVersion;
  absPath: string;
  args?: string[];
  gotraceback?: GoTraceback;
  /** Engine step limit (RunLimits.steps). */
  steps: number;
  /** Engine wall-clock limit (RunLimits.wallMs); the pool's own deadline is later. */
  wallMs: number;
  /** Engine memory limit (RunLimits.memoryBytes); engine default when absent. */
  memoryBytes?: number;
  /** Collect stdout and stderr interleaved in order (from the engine's output events). */
  wantCombined?: boolean;
}

export type EngineJobResult =
  | {
      status: 'ok';
      stdout: string;
      stderr: string;
      /** stdout and stderr in the order written (stdout+stderr if the engine emits no output events). */
      combined: string;
      exitCode: number;
      compileMs: number;
      runMs: number;
      /** RunStats.steps of the run (0 when it did not run). */
      steps: number;
      limit?: 'steps' | 'memory' | 'time';
    }
  | { status: 'error'; message: string }
  | { status: 'timeout'; message: string };

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  id: number;
  job: EngineJob;
  deadlineMs: number;
  resolve: (r: EngineJobResult) => void;
}

export class EnginePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly enginePath: string;

  /**
   * `enginePath` defaults to $GOMAPLAB_ENGINE, else src/engine/index.ts (the variable lets a
   * suite be checked against another build of the engine, or none).
   */
  constructor(
    size = Math.max(1, Math.min(2, availableParallelism())),
    enginePath = process.env['GOMAPLAB_ENGINE'] ?? join(root, 'src/engine/index.ts'),
  ) {
    this.enginePath = enginePath;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), {
      workerData: { enginePath: this.enginePath },
      // The CLI's stack (src/cli/stack.ts): deep recursion runs as with `gomaplab run`.
      resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: STACK_MB },
    });
    worker.unref();
    return { worker, busy: false };
  }

  /** Runs one job; resolves with `timeout` if it takes longer than `deadlineMs`. */
  run(job: EngineJob, deadlineMs = job.wallMs + 10_000): Promise<EngineJobResult> {
    if (this.closed) return Promise.resolve({ status: 'error', message: 'pool closed' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, deadlineMs, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (let i = 0; i < this.slots.length && this.queue.length > 0; i++) {
      const slot = this.slots[i]!;
      if (slot.busy) continue;
      const p = this.queue.shift()!;
      this.dispatch(i, p);
    }
  }

  private dispatch(index: number, p: Pending): void {
    const slot = this.slots[index]!;
    slot.busy = true;
    const worker = slot.worker;
    let settled = false;
    const finish = (r: EngineJobResult, replace: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (replace) {
        void worker.terminate();
        if (!this.closed) this.slots[index] = this.spawn();
      } else {
        slot.busy = false;
      }
      p.resolve(r);
      if (!this.closed) this.pump();
    };
    const onMessage = (msg: { id: number; result: EngineJobResult }) => {
      if (msg.id === p.id) finish(msg.result, false);
    };
    const onError = (e: Error) => finish({ status: 'error', message: `engine worker crashed: ${e.message.split('\n')[0]}` }, true);
    const onExit = (code: number) => finish({ status: 'error', message: `engine worker exited with code ${code}` }, true);
    const timer = setTimeout(
      () => finish({ status: 'timeout', message: `no result within ${p.deadlineMs} ms (host deadline)` }, true),
      p.deadlineMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id: p.id, job: p.job });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ status: 'error', message: 'pool closed' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Results fetched in order with a look-ahead: `get(key)` starts the job for `key` and the
 * next `window - 1` keys (if not started yet) and returns key's result. A test suite calls
 * it from each case in order, so the pool stays busy, and cases a filter skips never run.
 */
export class Prefetcher<T> {
  private readonly started = new Map<string, Promise<T>>();
  private readonly index = new Map<string, number>();
  private readonly keys: readonly string[];
  private readonly start: (key: string) => Promise<T>;
  private readonly window: number;

  constructor(keys: readonly string[], start: (key: string) => Promise<T>, window = 8) {
    this.keys = keys;
    this.start = start;
    this.window = window;
    keys.forEach((k, i) => this.index.set(k, i));
  }

  get(key: string): Promise<T> {
    const i = this.index.get(key);
    if (i === undefined) throw new Error(`unknown key ${key}`);
    for (let j = i; j < Math.min(this.keys.length, i + this.window); j++) {
      const k = this.keys[j]!;
      if (!this.started.has(k)) this.started.set(k, this.start(k));
    }
    return this.started.get(key)!;
  }
}
