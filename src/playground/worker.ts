// The engine's Web Worker: compiles and runs one program at a time and reports back through the
// typed protocol. The page stops a run by terminating this worker, so nothing here needs to poll.
import { compile, run } from '../engine/index.ts';
import { PLAYGROUND_MEMORY_BYTES, type FromWorker, type ToWorker } from './protocol.ts';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type !== 'run') return;
  const { id, source, filename, options } = msg;
  try {
    const t0 = performance.now();
    const compiled = compile(source, { go: options.go, filename });
    const compileMs = performance.now() - t0;
    if (!compiled.ok) {
      post({ type: 'compile-error', id, diagnostics: compiled.diagnostics, compileMs });
      return;
    }
    // Output is batched per stream and flushed with the result; the run is synchronous here.
    const t1 = performance.now();
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
