import { describe, expect, it } from 'vitest';
import { pp, type PrintHost } from '../../src/engine/stdlib/fmtcore.ts';
import { float32FromBits, float64FromWords } from '../../src/engine/stdlib/ftoa.ts';
import { goldenLines, Tally, unhex } from './golden.ts';

// A miniature of CORE's printArg over tagged test values, following go1.27 fmt/print.go
// printArg and printValue for the kinds the golden table holds.
type Val = { t: string; v: boolean | number | bigint | string | null } | null;

const SIGNED = new Set(['int', 'int8', 'int16', 'int32', 'int64']);
const UNSIGNED = new Set(['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);

const host: PrintHost<Val> = {
  printArg(p, arg, verb) {
    if (arg === null) {
      if (verb === 84 || verb === 118) p.fmt.padString('<nil>');
      else p.badVerb(verb, arg);
      return;
    }
    if (verb === 84) {
      p.fmt.fmtS(arg.t);
      return;
    }
    if (verb === 112) {
      p.badVerb(verb, arg); // no pointer kinds among the test values
      return;
    }
    let ok: boolean;
    const { t, v } = arg;
    if (t === 'bool') ok = p.fmtBool(v as boolean, verb);
    else if (t === 'float64') ok = p.fmtFloat(v as number, 64, verb);
    else if (t === 'float32') ok = p.fmtFloat(v as number, 32, verb);
    else if (SIGNED.has(t)) ok = p.fmtInteger(v as number | bigint, true, verb);
    else if (UNSIGNED.has(t)) ok = p.fmtInteger(v as number | bigint, false, verb);
    else if (t === 'string') ok = p.fmtString(v as string, verb);
    else {
      ok = p.fmtBytes(v as string | null, verb, '[]byte');
      if (!ok) {
        // printValue of a []uint8 with another verb: elements printed one by one
        const b = (v as string | null) ?? '';
        p.writeString('[');
        for (let i = 0; i < b.length; i++) {
          if (i > 0) p.writeString(' ');
          if (!p.fmtInteger(b.charCodeAt(i), false, verb)) p.badVerbType(verb, 'uint8', () => p.fmtInteger(b.charCodeAt(i), false, 118));
        }
        p.writeString(']');
        return;
      }
    }
    if (!ok) p.badVerb(verb, arg);
  },
  typeString: (arg) => arg?.t,
  intArg(arg) {
    if (arg === null || !(SIGNED.has(arg.t) || UNSIGNED.has(arg.t))) return undefined;
    return typeof arg.v === 'number' ? arg.v : undefined;
  },
  isString: (arg) => arg !== null && arg.t === 'string',
};

function norm(x: bigint): number | bigint {
  return x >= -(2n ** 53n) + 1n && x <= 2n ** 53n - 1n ? Number(x) : x;
}

const lines = goldenLines('fmt');
const vals: Val[] = [];
for (const [k, i, t, repr] of lines) {
  if (k !== 'V') continue;
  let v: Val;
  if (t === 'nil') v = null;
  else if (t === 'bool') v = { t, v: repr === 'true' };
  else if (t === 'float64') v = { t, v: float64FromWords(Number.parseInt(repr!.slice(8), 16), Number.parseInt(repr!.slice(0, 8), 16)) };
  else if (t === 'float32') v = { t, v: float32FromBits(Number.parseInt(repr!, 16)) };
  else if (t === 'string') v = { t, v: unhex(repr!) };
  else if (t === '[]uint8') v = { t, v: repr === 'nil' ? null : unhex(repr!.slice(1)) };
  else v = { t: t!, v: norm(BigInt(repr!)) };
  vals[Number(i)] = v;
}

describe('fmt goldens (go1.27)', () => {
  it('Sprintf / Sprint / Sprintln over all kinds, verbs, flags, widths, precisions', () => {
    const t = new Tally();
    const p = new pp(host);
    for (const [k, kind, fh, ids, want] of lines) {
      if (k !== 'S') continue;
      const args = ids === '' ? [] : ids!.split(',').map((x) => vals[Number(x)]!);
      p.reset();
      const format = unhex(fh!);
      if (kind === 'f') p.doPrintf(format, args);
      else if (kind === 'p') p.doPrint(args);
      else p.doPrintln(args);
      t.check(`${kind} ${JSON.stringify(format)} ${JSON.stringify(args, (_, x) => (typeof x === 'bigint' ? String(x) : x))}`, p.buf, unhex(want!));
    }
    console.log(`fmt: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });
});
