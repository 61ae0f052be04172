// Worker thread that runs Go programs through the engine (src/engine/index.ts) in-process
// and reports the result to engine-pool.ts. It lives in a worker so the parent can end a
// run that never returns (an engine bug in a loop) by terminating the thread.
//
// The engine module is imported lazily; when it is missing or throws while loading, every
// job reports the exception instead of crashing the parent.

import { parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { formatBuildErrors } from '../../src/engine/api.ts';
import type { EngineJob, EngineJobResult } from './engine-pool.ts';
import type { CompileOptions, CompileResult, RunOptions, RunResult, TraceEvent } from '../../src/engine/api.ts';

interface EngineModule {
  compile(source: string, options?: CompileOptions): CompileResult<unknown> | Promise<CompileResult<unknown>>;
  run(program: unknown, options?: RunOptions): RunResult | Promise<RunResult>;
}

const enginePath = (workerData as { enginePath: string }).enginePath;
let engine: Promise<EngineModule> | null = null;

function loadEngine(): Promise<EngineModule> {
  engine ??= import(enginePath).then((m: Partial<EngineModule>) => {
    if (typeof m.compile !== 'function' || typeof m.run !== 'function') {
      throw new Error(`${enginePath} does not export compile and run`);
    }
    return m as EngineModule;
  });
  return engine;
}

/** The repository root, removed from messages so reasons read the same on every machine. */
const rootDir = fileURLToPath(new URL('../../', import.meta.url));

function describe(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.split('\n')[0]!.split(rootDir).join('');
}

async function runJob(job: EngineJob): Promise<EngineJobResult> {
  let mod: EngineModule;
  try {
    mod = await loadEngine();
  } catch (e) {
    return { status: 'error', message: `engine unavailable: ${describe(e)}` };
  }
  try {
    const t0 = performance.now();
    const compiled = await mod.compile(job.source, { go: job.go, filename: 'prog.go' });
    const t1 = performance.now();
    if (!compiled.ok) {
      const stderr = formatBuildErrors(compiled.diagnostics);
      return { status: 'ok', stdout: '', stderr, combined: stderr, exitCode: 1, compileMs: t1 - t0, runMs: 0, steps: 0 };
    }
    let combined = '';
    let sawOutputEvents = false;
    const onEvent = job.wantCombined
      ? (ev: TraceEvent) => {
          if (ev.kind === 'output') {
            sawOutputEvents = true;
            combined += ev.text;
          }
        }
      : undefined;
    const options: RunOptions = {
      seed: 1,
      absPath: job.absPath,
      limits: job.memoryBytes === undefined ? { steps: job.steps, wallMs: job.wallMs } : { steps: job.steps, wallMs: job.wallMs, memoryBytes: job.memoryBytes },
    };
    if (job.args) options.args = job.args;
    if (job.gotraceback) options.gotraceback = job.gotraceback;
    if (onEvent) options.onEvent = onEvent;
    const t2 = performance.now();
    const r = await mod.run(compiled.program, options);
    const t3 = performance.now();
    if (!sawOutputEvents) combined = r.stdout + r.stderr;
    const result: EngineJobResult = {
      status: 'ok',
      stdout: r.stdout,
      stderr: r.stderr,
      combined,
      exitCode: r.exitCode,
      compileMs: t1 - t0,
      runMs: t3 - t2,
      steps: r.stats?.steps ?? 0,
    };
    if (r.limit) result.limit = r.limit;
    return result;
  } catch (e) {
    return { status: 'error', message: `engine threw: ${describe(e)}` };
  }
}

parentPort!.on('message', (msg: { id: number; job: EngineJob }) => {
  void runJob(msg.job).then((result) => parentPort!.postMessage({ id: msg.id, result }));
});
