import { describe, expect, it } from 'vitest';
import { atoi, parseFloat, parseInt, parseStatus, parseUint } from '../../src/engine/stdlib/atof.ts';
import { float64FromWords, float64Words, formatFloat } from '../../src/engine/stdlib/ftoa.ts';
import { canBackquote, isGraphic, isPrint, quote, quoteRuneWith, quoteWith, unquoteWith } from '../../src/engine/stdlib/quote.ts';
import { formatInt } from '../../src/engine/stdlib/strconv.ts';
import { goldenLines, Tally, unhex } from './golden.ts';

const lines = goldenLines('strconv');
const byKind = (k: string) => lines.filter((l) => l[0] === k);

function bitsToFloat(h: string): number {
  return float64FromWords(parseInt16(h.slice(8)), parseInt16(h.slice(0, 8)));
}
function parseInt16(h: string): number {
  return Number.parseInt(h, 16);
}
function floatToBits(v: number): string {
  const [lo, hi] = float64Words(v);
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
const ERRS = ['', 'value out of range', 'invalid syntax'];
function numErr(fn: string, s: string, code: number, base: number, bitSize: number): string {
  if (code === 0) return 'nil';
  const msg = code === 3 ? `invalid base ${base}` : code === 4 ? `invalid bit size ${bitSize}` : ERRS[code];
  return `strconv.${fn}: parsing ${quote(s)}: ${msg}`;
}

describe('strconv goldens (go1.27)', () => {
  it('FormatFloat: every verb, precision and bit size', () => {
    const t = new Tally();
    const combos = lines.find((l) => l[0] === 'C')!.slice(1).map((c) => {
      const [fp, bits] = c.split('/');
      return { fmt: fp!.charCodeAt(0), prec: Number(fp!.slice(1)), bits: Number(bits) };
    });
    for (const l of byKind('F')) {
      const v = bitsToFloat(l[1]!);
      combos.forEach((c, i) => {
        const want = l[2 + i]!;
        if (want === '-') return;
        t.check(`FormatFloat(${l[1]}, '${String.fromCharCode(c.fmt)}', ${c.prec}, ${c.bits})`, formatFloat(v, c.fmt, c.prec, c.bits), want);
      });
    }
    console.log(`FormatFloat: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });

  it('ParseFloat', () => {
    const t = new Tally();
    for (const [, h, bs, bits, err] of byKind('P')) {
      const s = unhex(h!);
      const v = parseFloat(s, Number(bs));
      // NaN payloads do not survive in JS numbers (the value contract): compare NaN-ness.
      const wantNaN = /^7ff[8-9a-f]/.test(bits!);
      const got = Number.isNaN(v) ? (wantNaN ? bits : 'NaN') : floatToBits(v);
      t.check(`ParseFloat(${JSON.stringify(s)}, ${bs}) value`, got, bits);
      t.check(`ParseFloat(${JSON.stringify(s)}, ${bs}) err`, numErr('ParseFloat', s, parseStatus.err, 0, Number(bs)), err);
    }
    console.log(`ParseFloat: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });

  it('ParseInt, ParseUint, Atoi, FormatInt, FormatUint, ParseBool', () => {
    const t = new Tally();
    for (const [k, h, base, bs, val, err] of lines) {
      if (k === 'I' || k === 'U') {
        const s = unhex(h!);
        const v = (k === 'I' ? parseInt : parseUint)(s, Number(base), Number(bs));
        const fn = k === 'I' ? 'ParseInt' : 'ParseUint';
        t.check(`${fn}(${JSON.stringify(s)}, ${base}, ${bs})`, String(v), val);
        t.check(`${fn}(${JSON.stringify(s)}, ${base}, ${bs}) err`, numErr(fn, s, parseStatus.err, Number(base), Number(bs)), err);
      } else if (k === 'A') {
        const s = unhex(h!);
        t.check(`Atoi(${JSON.stringify(s)})`, String(atoi(s)), base);
        t.check(`Atoi(${JSON.stringify(s)}) err`, numErr('Atoi', s, parseStatus.err, 10, 0), bs);
      } else if (k === 'N') {
        const x = BigInt(h!);
        const b = Number(base);
        const norm = (v: bigint) => (v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v);
        t.check(`FormatUint(${x}, ${b})`, formatInt(norm(x), b), bs);
        t.check(`FormatInt(${BigInt.asIntN(64, x)}, ${b})`, formatInt(norm(BigInt.asIntN(64, x)), b), val);
      }
    }
    console.log(`ints: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });

  it('Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*, CanBackquote, IsPrint, IsGraphic, Unquote', () => {
    const t = new Tally();
    for (const l of lines) {
      if (l[0] === 'Q') {
        const s = unhex(l[1]!);
        t.check(`Quote(${l[1]})`, quote(s), l[2]);
        t.check(`QuoteToASCII(${l[1]})`, quoteWith(s, 34, true, false), l[3]);
        t.check(`QuoteToGraphic(${l[1]})`, quoteWith(s, 34, false, true), l[4]);
        t.check(`CanBackquote(${l[1]})`, String(canBackquote(s)), l[5]);
      } else if (l[0] === 'R') {
        const r = Number(l[1]);
        t.check(`QuoteRune(${r})`, quoteRuneWith(r, 39, false, false), l[2]);
        t.check(`QuoteRuneToASCII(${r})`, quoteRuneWith(r, 39, true, false), l[3]);
        t.check(`QuoteRuneToGraphic(${r})`, quoteRuneWith(r, 39, false, true), l[4]);
        t.check(`IsPrint(${r})`, String(isPrint(r)), l[5]);
        t.check(`IsGraphic(${r})`, String(isGraphic(r)), l[6]);
      } else if (l[0] === 'V') {
        const s = unhex(l[1]!);
        const [out, rem, ok] = unquoteWith(s, true);
        const full = ok && rem.length === 0;
        t.check(`Unquote(${JSON.stringify(s)})`, full ? out : '', unhex(l[2]!));
        t.check(`Unquote(${JSON.stringify(s)}) err`, full ? 'nil' : 'invalid syntax', l[3]);
        const [pre, , ok2] = unquoteWith(s + 'rest', false);
        t.check(`QuotedPrefix(${JSON.stringify(s)})`, ok2 ? pre : '', unhex(l[4]!));
        t.check(`QuotedPrefix(${JSON.stringify(s)}) err`, ok2 ? 'nil' : 'invalid syntax', l[5]);
      } else if (l[0] === 'B') {
        // ParseBool is Go source (strconv.goSource); its table is checked by the engine tests.
      }
    }
    console.log(`quote: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });
});
