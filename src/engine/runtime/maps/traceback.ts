// The runtime frames of a map fatal error's traceback, per Go release and GOTRACEBACK level,
// at the source lines of that release (maps/lines.ts, generated from each GOROOT).
//
// go1.23 runtime/traceback.go showframe hides frames whose function name starts with
// `runtime.` unless the level is system or higher; go1.24+ keeps the rule, so the
// `internal/runtime/maps.*` frames (maps.fatal, (*Map).Delete, (*Iter).Next, ...) show at
// every level while `runtime.fatal` and the `runtime.map*` entry points show only at
// system level (go-facts §5.3).

import { cur } from '../state.ts';
import { MAP_LINES, type FuncLines } from './lines.ts';
import { RT_LINES } from '../rtlines.ts';
import type { MapFatalSite } from './entry.ts';

const GOROOT = '/usr/local/go/src/';

interface RtFrame {
  /** Name as printed (runtime.x or internal/runtime/maps.x). */
  name: string;
  args: string;
  file: string;
  line: number;
  /** An inlined call: `(...)` and no pc offset. */
  inlined?: boolean;
}

const w = '0xc000012120';
const typ = '0x4a0f20';

/** Argument words of an entry point as printArgs shows them (values are placeholders). */
function entryArgs(fn: string): string {
  if (fn.startsWith('mapiternext')) return `(${w})`;
  if (fn.startsWith('mapiterinit') || fn === 'mapIterStart') return `(${typ}?, ${w}?, ${w}?)`;
  if (fn === 'mapclone2') return `(${typ}?, ${w}?)`;
  if (fn === 'mapIterNext') return `(${w}?)`;
  if (fn === 'mapclear') return `(${typ}?, ${w}?)`;
  if (fn.endsWith('_faststr')) return `(${typ}?, ${w}?, {0x4c1a2b?, 0x5?})`;
  return `(${typ}?, ${w}?, ${w}?)`;
}

function lines(fn: string): FuncLines | undefined {
  return MAP_LINES[cur().goMinor]?.funcs[fn];
}

/** The runtime frames of the failing goroutine, innermost first (every level's candidates). */
export function mapFatalFrames(site: MapFatalSite, isSmall: boolean): RtFrame[] {
  const minor = cur().goMinor;
  const V = MAP_LINES[minor] ?? MAP_LINES[27];
  const out: RtFrame[] = [];
  const push = (name: string, args: string, f: FuncLines | undefined, line: number | undefined): void => {
    out.push({ name, args, file: GOROOT + (f?.file ?? 'runtime/map.go'), line: line ?? f?.decl ?? 0 });
  };
  out.push({ name: 'runtime.fatal', args: minor >= 24 ? '({0x4807f0, 0x15})' : '({0x4807f0?, 0x0?})', file: GOROOT + 'runtime/panic.go', line: V.fatal });
  if (minor >= 24) out.push({ name: 'internal/runtime/maps.fatal', args: '({0x4807f0?, 0x0?})', file: GOROOT + 'runtime/panic.go', line: V.mapsFatal });
  const fn = site.fn;
  const which = (f: FuncLines | undefined): number | undefined => {
    if (f === undefined) return undefined;
    if (site.check !== 'exit') return f.fatals[0];
    // Swiss maps re-check on the small-map path and at the end of the table path.
    if (minor >= 24 && f.fatals.length >= 3) return isSmall ? f.fatals[1] : f.fatals[f.fatals.length - 1];
    return f.fatals[f.fatals.length - 1];
  };
  if (site.check === 'noslot') {
    // go1.24-1.26: (*Map).putSlotSmall* found neither the key nor an empty slot.
    const method = 'maps.(*Map).putSlotSmall' + ({ mapassign_fast32: 'Fast32', mapassign_fast64: 'Fast64', mapassign_fast64ptr: 'FastPtr', mapassign_faststr: 'FastStr' }[fn] ?? '');
    const ml = lines(method);
    push('internal/runtime/maps.' + method.slice(5), `(${w}, ${typ}, 0x0?, ${w})`, ml, ml?.fatals[0]);
    push('runtime.' + fn, entryArgs(fn), lines(fn), lines(fn)?.calls[method]);
    return out;
  }
  if (fn === 'reflect' && site.fmt !== undefined) {
    if (minor < 24) {
      push('runtime.mapiternext', entryArgs('mapiternext'), lines('mapiternext'), which(lines('mapiternext')));
      push('runtime.mapiterinit', entryArgs('mapiterinit'), lines('mapiterinit'), lines('mapiterinit')?.calls.mapiternext);
    } else {
      const next = lines('maps.(*Iter).Next');
      push('internal/runtime/maps.(*Iter).Next', `(${w}?)`, next, next?.fatals[0]);
    }
    out.push(...fmtFrames(site.fmt, minor));
    return out;
  }
  if (fn === 'mapclone2' && site.check === 'iter') {
    // go1.24: maps.clone → mapclone2 → (*Iter).Next.
    const next = lines('maps.(*Iter).Next');
    push('internal/runtime/maps.(*Iter).Next', `(${w}?)`, next, next?.fatals[0]);
    push('runtime.mapclone2', entryArgs(fn), lines(fn), lines(fn)?.calls['maps.(*Iter).Next']);
    push('maps.clone', `({${typ}, ${w}})`, lines('mapclone'), lines('mapclone')?.calls[fn]);
    return out;
  }
  if (site.check === 'iter' || site.check === 'iterRead') {
    if (minor < 24) {
      push('runtime.mapiternext', entryArgs('mapiternext'), lines('mapiternext'), which(lines('mapiternext')));
      if (site.inInit === true) push('runtime.mapiterinit', entryArgs('mapiterinit'), lines('mapiterinit'), lines('mapiterinit')?.calls.mapiternext);
      return out;
    }
    const next = lines('maps.(*Iter).Next');
    if (site.check === 'iterRead') {
      const gwk = lines('maps.(*Map).getWithKey');
      const gke = lines('maps.(*Iter).grownKeyElem');
      push('internal/runtime/maps.(*Map).getWithKey', `(${w}?, ${typ}?, ${w}?)`, gwk, gwk?.fatals[0]);
      push('internal/runtime/maps.(*Iter).grownKeyElem', `(${w}?, ${w}?, 0x0?)`, gke, gke?.calls['maps.(*Map).getWithKey']);
      push('internal/runtime/maps.(*Iter).Next', `(${w}?)`, next, next?.calls['maps.(*Iter).grownKeyElem']);
    } else push('internal/runtime/maps.(*Iter).Next', `(${w}?)`, next, next?.fatals[0]);
    const entry = site.inInit === true ? 'mapIterStart' : 'mapIterNext';
    push('runtime.' + entry, entryArgs(entry), lines(entry), lines(entry)?.calls['maps.(*Iter).Next']);
    return out;
  }
  if (minor >= 24 && (fn.startsWith('mapdelete') || fn === 'mapclear')) {
    const method = fn === 'mapclear' ? 'maps.(*Map).Clear' : 'maps.(*Map).Delete';
    const ml = lines(method);
    push('internal/runtime/maps.' + method.slice(5), fn === 'mapclear' ? `(${w}?, ${typ}?)` : `(${w}?, ${typ}?, ${w}?)`, ml, site.check === 'exit' ? ml?.fatals[ml.fatals.length - 1] : ml?.fatals[0]);
    push('runtime.' + fn, entryArgs(fn), lines(fn), lines(fn)?.calls[method]);
    return out;
  }
  if (fn === 'maps.(*Map).Clone' || fn === 'mapclone2') {
    // maps.Clone → maps.clone (runtime/map.go mapclone, linknamed) → mapclone2 / (*Map).Clone.
    const cl = lines(fn);
    if (fn === 'mapclone2') push('runtime.mapclone2', entryArgs(fn), cl, cl?.fatals[0]);
    else push('internal/runtime/maps.(*Map).Clone', `(${w}?, ${typ}?)`, cl, cl?.fatals[0]);
    push('maps.clone', `({${typ}, ${w}})`, lines('mapclone'), lines('mapclone')?.calls[fn]);
    return out;
  }
  const f = lines(fn);
  if (f !== undefined && f.fatals.length === 0) {
    // go1.27 mapaccess1_* is a wrapper that calls mapaccess2_*, where the check is.
    const inner = Object.keys(f.calls).find((c) => c.startsWith('mapaccess2'));
    if (inner !== undefined) {
      const il = lines(inner);
      push('runtime.' + inner, entryArgs(inner), il, which(il));
      push('runtime.' + fn, entryArgs(fn), f, f.calls[inner]);
      return out;
    }
  }
  push('runtime.' + fn, entryArgs(fn), f, which(f));
  return out;
}

/**
 * reflect's MapIter, internal/fmtsort.Sort and fmt's printer, above a map fatal error raised
 * while fmt prints a map operand (lines from runtime/rtlines.ts, generated from each GOROOT).
 * Pointer words print a fixed address, as the engine's do everywhere (real Go's vary from run to
 * run and comparisons normalise them); the verb, depth, operand count and format length are the
 * call's.
 */
function fmtFrames(c: NonNullable<MapFatalSite['fmt']>, minor: number): RtFrame[] {
  const L = RT_LINES[minor] ?? RT_LINES[27]!;
  const out: RtFrame[] = [];
  const frame = (key: string, args: string, inlined = false): void => {
    const l = L.frames[key];
    if (l !== undefined) out.push({ name: key.replace(/\.fast$/, ''), args, file: GOROOT + l.file, line: l.line, inlined });
  };
  const hex = (n: number): string => '0x' + n.toString(16);
  const slice = `{${w}, ${hex(c.nargs)}, ${hex(c.cap)}}`;
  const format = `{0x4b0232, ${hex(Math.max(0, c.format))}}`;
  if (minor < 24) frame('reflect.mapiterinit', `(${typ}?, ${w}?, ${w}?)`);
  else frame('reflect.mapIterStart', `(${typ}?, ${w}?, ${w})`);
  frame('reflect.(*MapIter).Next', minor < 24 ? `(${w}?)` : `(${w})`);
  frame('internal/fmtsort.Sort', `({${typ}?, ${w}?, 0x15?})`);
  frame('fmt.(*pp).printValue', `(${w}, {${typ}?, ${w}?, 0x15?}, ${hex(c.verb)}, ${hex(c.depth)})`);
  frame('fmt.(*pp).printArg', `(${w}, {${typ}, ${w}}, ${hex(c.verb)})`);
  const kind = c.entry.endsWith('ln') ? 'ln' : c.entry.endsWith('f') ? 'f' : '';
  frame('fmt.(*pp).doPrint' + kind + (kind === 'f' && c.simple === true && L.frames['fmt.(*pp).doPrintf.fast'] !== undefined ? '.fast' : ''), kind === 'f' ? `(${w}, ${format}, {${w}, ${hex(c.nargs)}, ${hex(c.cap)}})` : `(${w}, {${w}?, ${hex(c.nargs)}, ${w}?})`);
  if (c.entry.startsWith('Print')) {
    // Print, Println and Printf are inlined wrappers of Fprint, Fprintln and Fprintf.
    frame('fmt.Fp' + c.entry.slice(1), kind === 'f' ? `({0x4d49d8, ${w}}, ${format}, ${slice})` : `({0x4d49d8, ${w}}, ${slice})`);
    frame('fmt.' + c.entry, '...', true);
  } else if (c.entry !== '') frame('fmt.' + c.entry, kind === 'f' ? `(${format}, ${slice})` : `(${slice})`);
  return out;
}

/**
 * The frame of a goroutine stopped in the prologue of a map entry point (preempted at its stack
 * check): the function at its declaration line, shown at system level only.
 */
export function prologueFrame(fn: string): string {
  const f = lines(fn);
  return `runtime.${fn}${entryArgs(fn)}\n\t${GOROOT}${f?.file ?? 'runtime/map.go'}:${f?.decl ?? 0} +0x1d fp=0xc000056f50 sp=0xc000056f28 pc=0x48f1a5\n`;
}

/** Frames shown at `level`, rendered as traceback.go prints them. */
export function printMapFatalFrames(site: MapFatalSite, isSmall: boolean, system: boolean): string {
  let s = '';
  const regs = ' fp=0xc000056f50 sp=0xc000056f28 pc=0x48f1a5';
  for (const f of mapFatalFrames(site, isSmall)) {
    if (!system && f.name.startsWith('runtime.')) continue;
    s += f.inlined === true ? `${f.name}(...)\n\t${f.file}:${f.line}\n` : `${f.name}${f.args}\n\t${f.file}:${f.line} +0x18${system ? regs : ''}\n`;
  }
  return s;
}
