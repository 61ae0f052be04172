// Runs one program for the CLI in a worker thread: a worker's stack can be made large
// (resourceLimits.stackSizeMb), so Go programs with deep (but finite) recursion run as
// they do with Go's growable stacks, while unbounded recursion still ends in Go's
// `fatal error: stack overflow`.

import { parentPort, workerData } from 'node:worker_threads';
import { compile, run } from '../engine/index.ts';
import type { CompileOptions, RunOptions } from '../engine/api.ts';

const { source, compileOptions, runOptions } = workerData as { source: string; compileOptions: CompileOptions; runOptions: RunOptions };
const compiled = compile(source, compileOptions);
if (!compiled.ok) parentPort!.postMessage({ ok: false, diagnostics: compiled.diagnostics });
else parentPort!.postMessage({ ok: true, result: run(compiled.program, runOptions) });
