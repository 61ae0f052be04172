// Goroutine dumps at GOTRACEBACK=system and crash (go1.27 runtime/traceback.go traceback1 and
// goroutineheader at level 2): every goroutine, the runtime's own ones included, with `gp=`
// and `m=` in the header (from go1.22), runtime frames, fp/sp/pc on every frame, and the
// frames below the program's (runtime.main, runtime.goexit). What the runtime itself prints is
// data captured from each release (system-trace.ts, scripts/capture-system-traceback.mjs):
// the runtime's goroutines (forcegc, bgsweep, bgscavenge, and from go1.25 the GOMAXPROCS
// updater), the frames above the program's for each wait reason (gopark, chanrecv, selectgo,
// semacquire1, sync's lockSlow...), the bottom frames, and a deadlock's `runtime stack:`.
// Addresses are those of the captured run; the program's own frames are the engine's.

import { SYSTEM_TRACE, type SystemTrace } from './system-trace.ts';
import { cur } from './state.ts';
import type { G } from './sched.ts';
import type { TraceFrame } from './panic.ts';
import { printFrames } from './panic.ts';

function trace(): SystemTrace | undefined {
  return SYSTEM_TRACE[cur().goMinor];
}

/** A plausible g address for goroutine `id` (the runtime allocates gs in order). */
function gpOf(id: number): string {
  return '0xc' + (0x000002380 + id * 0x1e0).toString(16).padStart(9, '0');
}

/** The header of a goroutine at level system: `goroutine N gp=0x… m=nil [reason]:`. */
export function systemHeader(id: number, reason: string, running: boolean): string {
  if (trace()?.gpHeader !== true) return `goroutine ${id} [${reason}]:\n`;
  return running ? `goroutine ${id} gp=0xc000002380 m=0 mp=0x579280 [${reason}]:\n` : `goroutine ${id} gp=${gpOf(id)} m=nil [${reason}]:\n`;
}

/**
 * The frames below the program's: runtime.main and runtime.goexit for goroutine 1, else the
 * closure gc wrapped the go statement's call in (if any) and goexit.
 */
export function systemBottom(g: G | null, absPath: string): string {
  const t = trace();
  if (t === undefined) return '';
  if (g === null || g.id === 1) return t.mainTail;
  const w = g.creator?.wrap;
  const wrap = w === undefined ? '' : `${w}()\n\t${g.creator!.file ?? absPath}:${g.creator!.line} +0x1d fp=0xc000056fe0 sp=0xc000056fb0 pc=0x48f1c5\n`;
  return wrap + t.goexit;
}

/** A deadlock's `runtime stack:` section (checkdead on the system stack), with its blank line. */
export function systemRuntimeStack(): string {
  const t = trace();
  return t === undefined || t.runtimeStack === '' ? '' : '\nruntime stack:\n' + t.runtimeStack;
}

/**
 * The frames of a goroutine waiting for `reason`: the runtime's and the library's frames above
 * the program's as the release prints them (those replace the engine's own library frames),
 * then the program's frames with fp/sp/pc.
 */
export function systemFrames(frames: TraceFrame[], reason: string | null, absPath: string): string {
  return blockedFrames(frames, reason, absPath, true);
}

/**
 * The same at level all (and single): the runtime's frames are hidden (go1.27
 * runtime/traceback.go showframe), the library's stay, without fp/sp/pc.
 */
export function userFrames(frames: TraceFrame[], reason: string | null, absPath: string): string {
  return blockedFrames(frames, reason, absPath, false);
}

function blockedFrames(frames: TraceFrame[], reason: string | null, absPath: string, system: boolean): string {
  if (reason === null) return printFrames(frames, absPath, system);
  let i = 0;
  while (i < frames.length && frames[i].fn.pkg !== 'main' && frames[i].raw === undefined) i++;
  // The sync method the program called, when it waits in one (go1.19 names them all
  // `semacquire`), else the wait reason.
  const blocked = trace()?.blocked;
  const lib = i > 0 ? frames[i - 1].fn.name : '';
  let above = (lib.startsWith('sync.') ? blocked?.[lib] : undefined) ?? blocked?.[reason];
  if (above === undefined) return printFrames(frames, absPath, system);
  if (!system) {
    const lines = above.replace(/\n$/, '').split('\n');
    let kept = '';
    for (let k = 0; k + 1 < lines.length; k += 2) {
      if (lines[k].startsWith('runtime.')) continue;
      kept += lines[k] + '\n' + lines[k + 1].replace(/ fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+$/, '') + '\n';
    }
    above = kept;
  }
  return above + printFrames(frames.slice(i), absPath, system);
}

/**
 * The other goroutines of a dump at level system, in the runtime's order (allgs: goroutine 1,
 * the runtime's own, then the program's), each as `block(g)` prints it; the runtime's come
 * from the capture.
 */
export function systemOthers(gs: readonly G[], skip: G | null, block: (g: G) => string): string {
  const t = trace();
  const entries: { id: number; text: string }[] = [];
  for (const g of gs) if (g !== skip && g.status !== 'dead') entries.push({ id: g.id, text: block(g) });
  for (const s of t?.system ?? []) entries.push({ id: s.id, text: '\n' + systemHeader(s.id, s.reason, false) + s.body });
  entries.sort((a, b) => a.id - b.id);
  return entries.map((e) => e.text).join('');
}
