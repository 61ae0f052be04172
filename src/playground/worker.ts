// The engine's Web Worker: compiles and runs (or explores, under many seeds) one program at a time
// and reports back through the
// typed protocol. The page stops a run by terminating this worker, so nothing here needs to poll.
import { compile, explore, run } from '../engine/index.ts';
import { PLAYGROUND_MEMORY_BYTES, type FromWorker, type ToWorker } from './protocol.ts';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);

/** Steps of each exploration run (a plain run has the engine's default limit). */
const EXPLORE_STEPS = 2_000_000;

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type !== 'run' && msg.type !== 'explore') return;
  const { id, source, filename, options } = msg;
  try {
    const t0 = performance.now();
    const compiled = compile(source, { go: options.go, filename });
    const compileMs = performance.now() - t0;
    if (!compiled.ok) {
      post({ type: 'compile-error', id, diagnostics: compiled.diagnostics, compileMs });
      return;
    }
    const t1 = performance.now();
    if (msg.type === 'explore') {
      // Each run is bounded (EXPLORE_STEPS): a schedule that never ends is an outcome too.
      const result = explore(compiled.program, {
        runs: msg.runs, seed: options.seed, gomaxprocs: options.gomaxprocs, gotraceback: options.gotraceback,
        race: options.race, absPath: `/tmp/gomaplab/${filename}`, limits: { steps: EXPLORE_STEPS },
      });
      post({ type: 'explored', id, result, compileMs, runMs: performance.now() - t1 });
      return;
    }
    // Output is batched per stream and flushed with the result; the run is synchronous here.
    const result = run(compiled.program, {
      seed: options.seed,
      gomaxprocs: options.gomaxprocs,
      gotraceback: options.gotraceback,
      race: options.race,
      absPath: `/tmp/gomaplab/${filename}`,
      // A memory bomb ends with Go's out-of-memory error instead of taking the tab down.
      limits: { memoryBytes: PLAYGROUND_MEMORY_BYTES },
    });
    post({ type: 'done', id, result, compileMs, runMs: performance.now() - t1 });
  } catch (err) {
    post({ type: 'internal-error', id, message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
};

post({ type: 'ready' });
