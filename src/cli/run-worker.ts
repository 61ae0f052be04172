// Runs one program (or an exploration of many seeds) for the CLI in a worker thread: a worker's stack can be made large
// (resourceLimits.stackSizeMb), so Go programs with deep (but finite) recursion run as
// they do with Go's growable stacks, while unbounded recursion still ends in Go's
// `fatal error: stack overflow`.

import { parentPort, workerData } from 'node:worker_threads';
import { compile, explore, run } from '../engine/index.ts';
import type { CompileOptions, RunOptions } from '../engine/api.ts';

const { source, compileOptions, runOptions, explore: exploring } = workerData as {
  source: string; compileOptions: CompileOptions; runOptions: RunOptions; explore: { runs: number; seed: number } | null;
};
const compiled = compile(source, compileOptions);
if (!compiled.ok) parentPort!.postMessage({ ok: false, diagnostics: compiled.diagnostics });
else if (exploring !== null) {
  const t0 = Date.now();
  const explored = explore(compiled.program, { ...runOptions, runs: exploring.runs, seed: exploring.seed });
  parentPort!.postMessage({ ok: true, explored, ms: Date.now() - t0 });
} else parentPort!.postMessage({ ok: true, result: run(compiled.program, runOptions) });
