// The engine's public entry (api.ts contract): compile and run.
//
// run() instantiates a compiled Program (compile/index.ts) with fresh run-time types,
// runs package initialization and main.main, and turns how the program ended into a
// RunResult the way the compiled Go binary would end:
//   - normal return from main.main: exit code 0;
//   - os.Exit(n): exit code n, deferred calls not run;
//   - an unrecovered panic: `panic: ...` lines (printpanics), `[signal SIGSEGV ...]` for
//     nil dereferences, then `goroutine 1 [running]:` and the frames, exit code 2;
//   - a fatal error (stack overflow, out of memory): `fatal error: ...` and the traceback,
//     exit code 2;
//   - the step or wall-time limit: stderr ends with `gomaplab: program exceeded the <what>
//     limit (...)` and the exit code is 3 (LIMIT_EXIT_CODE).
// A concurrent program (compile/async.ts) runs main.main as goroutine 1 under the seeded
// scheduler (runtime/sched.ts, RunOptions.seed and gomaxprocs); a panic in another
// goroutine prints that goroutine and its `created by` line, a deadlock dumps every
// goroutine with its wait reason.
// GOTRACEBACK: none prints only the panic lines; single prints the panicking goroutine, all
// every goroutine; system and crash add the goroutine header with g/m addresses (1.22+), the
// runtime's frames with fp/sp/pc words, runtime.main/goexit, go-statement wrappers, the
// runtime's own goroutines and a deadlock's runtime stack (runtime/gtrace.ts); crash then
// exits 134 as the SIGABRT real Go raises.
// RunLimits.memoryBytes (default 512 MiB) bounds a modelled Go heap (runtime/memory.ts): an
// allocation that does not fit after a simulated collection ends the run as Go ends when
// its heap cannot grow: `runtime: out of memory: cannot allocate N-byte block (M in use)`,
// `fatal error: out of memory` and the goroutine's stack with runtime frames, exit code 2;
// RunResult.limit is then 'memory'.
// Unbounded recursion ends in `fatal error: stack overflow` when the JS stack is exhausted
// (the CLI runs programs in a worker with a 64 MB stack, about 400k Go frames).

import type { CompileOptions, CompileResult, ExploreOptions, ExploreOutcome, ExploreResult, RunOptions, RunResult } from './api.ts';
import { exploreSeed } from './api.ts';
import { compileProgram, internalError, type Program } from './compile/index.ts';
import { buildRTypes } from './compile/rtypes.ts';
import { runtimeHelpers } from './runtime/helpers.ts';
import {
  GoExit, GoFatal, GoPanic, LimitExceeded, goFrames, fullFrames, printFrames, printpanics, resetPanicState, toPanic,
  setFieldOffsets,
  type TraceFrame,
} from './runtime/panic.ts';
import { RunState, cur, setCurrent, type FuncInfo } from './runtime/state.ts';
import { bytesToText } from './stdlib/utf8.ts';
import { setStackAppendBuffer } from './runtime/values.ts';
import { G, Sched, getSched, setSched } from './runtime/sched.ts';
import { MapFatal } from './runtime/maps/entry.ts';
import { RaceState } from './runtime/race.ts';
import { printMapFatalFrames, prologueFrame } from './runtime/maps/traceback.ts';
import {
  bottomFrames, deadlockRuntimeStack, entryFrame, goroutineHeader, gopanicFrame, parkedFrames, runtimeErrorFrames, syncFatalFrames,
  systemGoroutines, wrappedCalleeCalled, wrapperFrame,
  asyncPreemptFrames,
} from './runtime/gtrace.ts';
import { endHeap, oomBottomFrames, oomOf, oomRuntimeFrames, startHeap, type OutOfMemory } from './runtime/memory.ts';

/** GOMAXPROCS when RunOptions.gomaxprocs is not given (the 2-core machine goldens come from). */
const DEFAULT_GOMAXPROCS = 2;

export type { Program };

/** Exit code of a run ended by the step or wall-time limit (the memory limit ends it as Go's out of memory, 2). */
export const LIMIT_EXIT_CODE = 3;
const DEFAULT_STEPS = 2e9;
/** RunLimits.memoryBytes when not given: 512 MiB of modelled Go heap. */
export const DEFAULT_MEMORY = 512 << 20;

export function compile(source: string, options: CompileOptions = {}): CompileResult<Program> {
  try {
    return compileProgram(source, options);
  } catch (e) {
    // compileProgram reports the code generator's failures itself; this catches the others.
    return { ok: false, diagnostics: [{ file: options.filename ?? 'prog.go', line: 1, col: 1, message: internalError('compiler', e) }] };
  }
}

/**
 * Runs a program under `runs` seeds (random schedules and map seeds) and tallies the
 * outcomes by exit code and first line of stderr (DESIGN.md "explore").
 */
export function explore(program: Program, options: ExploreOptions): ExploreResult {
  const table = new Map<string, ExploreOutcome>();
  let steps = 0;
  for (let i = 0; i < options.runs; i++) {
    const seed = exploreSeed(options.seed ?? 1, i);
    const r = run(program, { ...options, seed });
    steps += r.stats.steps;
    const firstLine = r.stderr.split('\n')[0] ?? '';
    const key = `${r.exitCode}\u0000${firstLine}`;
    const o = table.get(key);
    if (o === undefined) table.set(key, { exitCode: r.exitCode, firstLine, count: 1, firstSeed: seed });
    else o.count++;
  }
  const outcomes = [...table.values()].sort((a, b) => b.count - a.count);
  return { runs: options.runs, outcomes, steps };
}

export function run(program: Program, options: RunOptions = {}): RunResult {
  const stepLimit = options.limits?.steps ?? DEFAULT_STEPS;
  const rtypes = buildRTypes(program.types, program.typeIndex);
  setFieldOffsets(rtypes);
  const funcs = new Map<string, FuncInfo>();
  for (const [js, f] of program.funcs) funcs.set(js, { ...f, params: f.params.map((i) => rtypes[i]) });
  const absPath = options.absPath ?? '/tmp/gomaplab/prog.go';
  const st = new RunState(options.seed ?? 1, { funcs, lines: program.lines, absPath }, stepLimit,
    options.limits?.memoryBytes ?? DEFAULT_MEMORY, options.limits?.wallMs ?? 0, options.args ?? []);
  const onEvent = options.onEvent;
  if (onEvent !== undefined) {
    st.onOutput = (stream, text) => onEvent({ kind: 'output', step: 0, stream, text });
    st.onMapEvent = onEvent;
    st.mapStates = options.mapStates === true;
  }
  st.goMinor = Number(program.go.split('.')[1]);
  st.absPath = absPath;
  if (options.race === true) st.race = new RaceState();
  st.gomaxprocs = options.gomaxprocs ?? DEFAULT_GOMAXPROCS;
  setStackAppendBuffer(st.goMinor >= 25);
  startHeap(st.memoryLimit, rtypes);
  setCurrent(st);
  resetPanicState();
  const savedLimit = Error.stackTraceLimit;
  // Enough frames for Go's traceback (50 innermost + 50 outermost) of realistic stacks;
  // unbounded recursion only needs the innermost ones.
  Error.stackTraceLimit = 20000;
  let exitCode = 0;
  let limit: RunResult['limit'];
  let inst: ReturnType<Program['factory']> | null = null;
  let sched: Sched | null = null;
  try {
    inst = program.factory(runtimeHelpers(stepLimit), rtypes, program.natives);
    if (!inst.concurrent) inst.init();
    if (inst.concurrent) {
      sched = new Sched(options.gomaxprocs ?? DEFAULT_GOMAXPROCS, st.goMinor);
      const s = sched;
      setSched(s);
      st.quantum = () => s.quantum();
      const i = inst;
      s.steps = () => i.steps() + st.rtSteps;
      st.preemptAt = inst.steps() + s.quantum();
      if (onEvent !== undefined) {
        s.onEvent = (kind, g, p, reason) => onEvent({
          kind: 'goroutine', step: inst!.steps(), goid: g.id, state: kind as 'created', p, ...(reason !== '' ? { reason } : {}),
        });
      }
      // Goroutine 1 runs package initialization, then main.main.
      const { init, main } = inst;
      s.main = s.newproc(function* () {
        yield* init() as unknown as Generator<number, unknown, unknown>;
        yield* main() as unknown as Generator<number, unknown, unknown>;
      }, [], null);
      s.startGoids(st.goMinor, program.fing);
      s.schedule();
    } else inst.main();
  } catch (e) {
    try {
      report(toPanic(e));
    } catch (internal) {
      // The engine's own failure (or a construct it rejects only at run time): the output so
      // far, then a clear line and exit status 3, never an exception out of run().
      exitCode = LIMIT_EXIT_CODE;
      const msg = internal instanceof Error ? internal.message : '';
      st.write(2, `gomaplab: ${msg.startsWith('not supported by Go Map Lab') ? msg : internalError('runtime', internal)}\n`);
    }
  } finally {
    Error.stackTraceLimit = savedLimit;
    endHeap();
  }
  function report(x: unknown): void {
    if (x instanceof GoExit) exitCode = x.code;
    else if (x instanceof GoPanic) {
      exitCode = 2;
      st.write(2, panicReport(x, options.gotraceback ?? 'single', absPath, sched?.curG ?? null, program.fing ? (st.goMinor >= 25 ? 18 : 17) : 0));
    } else if (x instanceof MapFatal) {
      exitCode = 2;
      const failed = sched?.curG ?? null;
      const second = sched?.afterFatal(failed) ?? null;
      st.write(2, mapFatalReport(x, options.gotraceback ?? 'single', absPath, failed, second));
    } else if (x instanceof GoFatal && oomOf(x) !== undefined) {
      exitCode = 2;
      limit = 'memory';
      st.write(2, oomReport(x, oomOf(x)!, absPath, sched?.curG ?? null));
    } else if (x instanceof GoFatal) {
      exitCode = 2;
      st.write(2, x.dumpAll ? deadlockReport(x, options.gotraceback ?? 'single', absPath, sched!) : fatalReport(x, options.gotraceback ?? 'single', absPath, sched?.curG ?? null));
    } else if (x instanceof LimitExceeded) {
      exitCode = LIMIT_EXIT_CODE;
      limit = x.which;
      const what = x.detail ?? (x.which === 'steps' ? `step limit (${stepLimit} steps)` : x.which === 'time' ? `time limit (${options.limits?.wallMs} ms)` : 'memory limit');
      st.write(2, `gomaplab: program exceeded the ${what}\n`);
    }
  }
  // GOTRACEBACK=crash: after printing, the runtime raises SIGABRT (go1.27 runtime/panic.go
  // fatalpanic / fatalthrow → crash): the shell sees 128+6.
  if (exitCode === 2 && options.gotraceback === 'crash' && limit === undefined) exitCode = 134;
  // go1.27 runtime/race.go racefini: at a normal exit the race runtime reports the count and
  // the process exits with status 66.
  if (st.race !== null && st.race.count > 0 && exitCode === 0 && limit === undefined) {
    st.write(2, `Found ${st.race.count} data race(s)\n`);
    exitCode = 66;
  }
  const steps = inst !== null ? inst.steps() : 0;
  setCurrent(null);
  setSched(null);
  return {
    stdout: bytesToText(st.stdout.join('')),
    stderr: bytesToText(st.stderr.join('')),
    exitCode,
    stats: { steps, virtualTimeNs: sched?.now ?? 0 },
    limit,
  };
}

/**
 * `created by main.main in goroutine 1` (go1.21+; go1.19 without the goroutine) and its line;
 * goroutines started by the runtime itself (time.goFunc) have no creating goroutine (goid 0).
 */
function createdBy(g: G | null, absPath: string): string {
  if (g === null || g.creator === null) return '';
  const c = g.creator;
  return `created by ${c.name}${cur().goMinor >= 21 && c.goid !== 0 ? ` in goroutine ${c.goid}` : ''}\n\t${c.file ?? absPath}:${c.line} +0x1d\n`;
}

const isSystem = (level: string): boolean => level === 'system' || level === 'crash';

/**
 * A goroutine's frames below its innermost ones (`own`): the wrapper of a `go f(x)` statement
 * at system level (gtrace.ts wrapperFrame; up to go1.21 f is a real frame in it), and runtime.main
 * and goexit at system level.
 */
function withBottom(g: G | null, own: TraceFrame[], system: boolean): TraceFrame[] {
  if (g === null) return own;
  let fs = own;
  const last = fs[fs.length - 1];
  const physical = (f: TraceFrame): TraceFrame => ({ ...f, called: true, args: f.args ?? f.fn.params.map((t) => t.zero()) });
  if (g.creator?.wrap !== undefined) {
    // Up to go1.21 the wrapper calls f without inlining it. The wrapper itself is marked as
    // one (showframe elides it) except at system level.
    if (wrappedCalleeCalled() && last !== undefined && last.raw === undefined && last.fn.inlined) fs = [...fs.slice(0, -1), physical(last)];
    const w = wrapperFrame(g, system);
    if (system && w !== null) fs = [...fs, w];
  } else if (g.creator !== null && last !== undefined && last.raw === undefined && last.fn.inlined) {
    // The function a go statement starts directly is the goroutine's first physical frame.
    fs = [...fs.slice(0, -1), physical(last)];
  }
  return [...fs, ...bottomFrames(g.creator === null, system)];
}

/** A goroutine's block in tracebackothers: header, frames (as parked), created by. */
function goroutineBlock(o: G, absPath: string, system: boolean, unavailable: G | null = null): string {
  if (o === unavailable) {
    // Still running on its M (it is in fatal itself): go1.27 runtime/traceback.go:1422-1424.
    return '\n' + goroutineHeader(o.id, 'running', true, system) + '\tgoroutine running on other thread; stack unavailable\n' + createdBy(o, absPath);
  }
  if (!o.started) {
    return '\n' + goroutineHeader(o.id, 'runnable', false, system) + printFrames([...entryFrame(o, system), ...bottomFrames(false, system)], absPath, system) + createdBy(o, absPath);
  }
  let fs = goFrames({ where: { stack: o.stack } });
  if (o.status === 'waiting') fs = parkedFrames(o.waitReason, fs, system, o.recvFn);
  // Stopped in a map entry point's prologue (Sched.afterFatal): that runtime frame first.
  if (system && o.status !== 'waiting' && o.prologue !== null) {
    fs = [{ fn: { name: 'runtime.' + o.prologue, endLine: 0, inlined: false, params: [], pkg: 'runtime' }, line: 0, args: null, raw: prologueFrame(o.prologue) }, ...fs];
  } else if (o.status !== 'waiting' && o.asyncStop) fs = [...asyncPreemptFrames(system), ...fs];
  // A goroutine running on another P when the traceback starts is stopped by freezetheworld at
  // its next preemption point: it prints as runnable.
  const mins = getSched()?.waitMinutes(o) ?? 0;
  const reason = o.status === 'waiting' ? o.waitReason + (mins >= 1 ? `, ${mins} minutes` : '') : 'runnable';
  return '\n' + goroutineHeader(o.id, reason, false, system) + printFrames(withBottom(o, fs, system), absPath, system) + createdBy(o, absPath);
}

/**
 * tracebackothers: every other live goroutine in creation (allgs) order; at system level the
 * runtime's own goroutines follow goroutine 1, as runtime.main creates them before any other.
 */
function otherGoroutines(g: G | null, absPath: string, system = false, unavailable: G | null = null): string {
  const s = getSched();
  if (s === null) return '';
  s.probeAll(g);
  let out = '';
  for (const o of s.allgs) {
    if (o !== g && (o.status !== 'dead' || o === unavailable)) out += goroutineBlock(o, absPath, system, unavailable);
    if (o === s.main && system) out += systemGoroutines(s.fing);
  }
  return out;
}

/** fatal error: all goroutines are asleep - deadlock! with every goroutine's stack. */
function deadlockReport(f: GoFatal, level: string, absPath: string, s: Sched): string {
  let out = `fatal error: ${f.msg}\n`;
  if (level === 'none') return out;
  const system = isSystem(level);
  if (system) out += deadlockRuntimeStack(f.msg.startsWith('no goroutines'));
  for (const g of s.allgs) {
    if (g.status !== 'dead') out += goroutineBlock(g, absPath, system);
    if (g === s.main && system) out += systemGoroutines(s.fing);
  }
  return out;
}

/** `fing`: the finalizer goroutine's id in a program without a scheduler (as sched.ts startGoids numbers it), or 0. */
function panicReport(p: GoPanic, level: string, absPath: string, g: G | null = null, fing = 0): string {
  let s = printpanics(p);
  if (p.sigsegv) s += `[signal SIGSEGV: segmentation violation code=0x1 addr=0x${p.addr.toString(16)} pc=0x49ce98]\n`;
  if (level === 'none') return s;
  let frames: TraceFrame[] = fullFrames(p);
  const system = isSystem(level);
  if (system) {
    // traceback1 at level 2: gopanic's frame (and the runtime functions that raised a runtime
    // error, gtrace.ts runtimeErrorFrames), fp/sp/pc on every physical frame, the
    // goroutine's bottom frames, then every goroutine with the runtime's own.
    const rt = p.raiser !== null ? runtimeErrorFrames(p.raiser, String(p.value?.v ?? '')) : [];
    frames = [gopanicFrame(), ...rt, ...frames];
  }
  // A program without goroutines runs without a scheduler (g null): at system level its
  // goroutine 1 still ends in runtime.main and goexit, and the runtime's own goroutines follow.
  if (g === null && system) frames = [...frames, ...bottomFrames(true, true)];
  s += '\n' + goroutineHeader(g?.id ?? 1, 'running', true, system) + printFrames(withBottom(g, frames, system), absPath, system) + createdBy(g, absPath);
  if ((level === 'all' || system) && g !== null) s += otherGoroutines(g, absPath, system);
  else if (system && g === null) s += systemGoroutines(fing);
  return s;
}


/**
 * A map fatal error (runtime/maps/entry.ts): go1.27 runtime/panic.go fatal prints the message,
 * then the goroutines as gotraceback() allows: up to go1.25 a user throw prints every user
 * goroutine at the default level; from go1.26 only the failing one unless GOTRACEBACK=all
 * (go1.27 runtime/runtime1.go:44 `throwing > throwTypeUser`). Runtime frames per release and
 * level come from maps/traceback.ts.
 */
function mapFatalReport(f: MapFatal, level: string, absPath: string, g: G | null, second: { g: G; err: GoFatal } | null = null): string {
  const minor = cur().goMinor;
  // A second goroutine that failed its own check before being stopped (Sched.afterFatal): up to
  // go1.23 it prints its message too, then, once the first has printed everything, its own
  // goroutine (runtime/panic.go dopanic_m: `panicking` > 1, the first waits forever); from
  // go1.24 fatal takes the print lock first ("Prevent multiple interleaved fatal reports",
  // go1.24 runtime/panic.go:1116), so the second never prints. Either way the first's dump
  // finds it still running on its thread.
  const b = second !== null && second.err instanceof MapFatal ? { g: second.g, err: second.err } : null;
  const twice = b !== null && minor <= 23;
  let s = `fatal error: ${f.msg}\n`;
  if (twice) s += `fatal error: ${b.err.msg}\n`;
  if (level === 'none') return s;
  const system = isSystem(level);
  const block = (gg: G | null, ff: MapFatal): string => '\n' + goroutineHeader(gg?.id ?? 1, 'running', true, system) +
    printMapFatalFrames(ff.site, ff.site.small === true, system) +
    printFrames(withBottom(gg, goFrames({ where: ff.where, frameArgs: ff.frameArgs }), system), absPath, system) + createdBy(gg, absPath);
  s += block(g, f);
  const others = level === 'all' || system || minor <= 25;
  if (others && g !== null) s += otherGoroutines(g, absPath, system, b?.g ?? null);
  if (twice) s += block(b.g, b.err);
  return s;
}

/**
 * Out of memory (runtime/memory.ts): mheap.grow's line, throw's line, then the failing
 * goroutine with runtime frames at every GOTRACEBACK level, as a runtime throw prints it
 * (go1.27 runtime1.go gotraceback: level 2 for runtime throws). The runtime's own goroutines
 * (forcegc, bgsweep, bgscavenge, GC workers) and the program's other goroutines are not
 * printed.
 */
function oomReport(f: GoFatal, o: OutOfMemory, absPath: string, g: G | null): string {
  let s = `runtime: out of memory: cannot allocate ${o.ask}-byte block (${o.inUse} in use)\nfatal error: out of memory\n`;
  const rt = oomRuntimeFrames(o);
  if (rt.system !== '') s += '\nruntime stack:\n' + rt.system;
  s += `\ngoroutine ${g?.id ?? 1} gp=0xc000002380 m=0 mp=0x579280 [running]:\n`;
  s += rt.frames + printFrames(goFrames({ where: f.where }), absPath, true);
  s += oomBottomFrames(g === null || g.creator === null) + createdBy(g, absPath);
  return s;
}

function fatalReport(f: GoFatal, level: string, absPath: string, g: G | null): string {
  let s = '';
  if (f.msg !== 'stack overflow') {
    // A fatal error raised by library code (sync misuse): the failing goroutine; at system
    // level with the runtime frames, then every goroutine.
    s += `fatal error: ${f.msg}\n`;
    if (level === 'none') return s;
    const system = isSystem(level);
    const own = syncFatalFrames(goFrames({ where: f.where }), system);
    s += '\n' + goroutineHeader(g?.id ?? 1, 'running', true, system) + printFrames(withBottom(g, own, system), absPath, system) + createdBy(g, absPath);
    if (system && g !== null) s += otherGoroutines(g, absPath, true);
    return s;
  }
  if (f.msg === 'stack overflow') {
    s += 'runtime: goroutine stack exceeds 1000000000-byte limit\n';
    s += 'runtime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\n';
  }
  s += `fatal error: ${f.msg}\n`;
  if (level === 'none') return s;
  s += '\nruntime stack:\n';
  s += 'runtime.throw({0x49f82c?, 0x200000001?})\n\t/usr/local/go/src/runtime/panic.go:1245 +0x48 fp=0xc00019de98 sp=0xc00019de68 pc=0x478f88\n';
  s += 'runtime.newstack()\n\t/usr/local/go/src/runtime/stack.go:1207 +0x5dd fp=0xc00019dfc8 sp=0xc00019de98 pc=0x45e3dd\n';
  s += 'runtime.morestack()\n\t/usr/local/go/src/runtime/asm_amd64.s:650 +0x7b fp=0xc00019dfd0 sp=0xc00019dfc8 pc=0x47cc5b\n';
  s += '\ngoroutine 1 gp=0xc000002380 m=0 mp=0x579280 [running]:\n';
  s += printFrames(goFrames({ where: f.where }), absPath);
  return s;
}
