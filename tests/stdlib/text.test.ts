import { describe, expect, it } from 'vitest';
import { stringsModule } from '../../src/engine/stdlib/strings.ts';
import { unicodeModule } from '../../src/engine/stdlib/unicode.ts';
import { runeLen, utf8Module, validRune } from '../../src/engine/stdlib/utf8.ts';
import { goldenLines, Tally, unhex } from './golden.ts';

const lines = goldenLines('text');
const U = unicodeModule.natives;
const S = stringsModule.natives;
const U8 = utf8Module.natives;
const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex');

describe('unicode, unicode/utf8, strings goldens (go1.27)', () => {
  const [, lo, split, step] = lines.find((l) => l[0] === 'R')!;
  const runes: number[] = [];
  for (let r = Number(lo); r < Number(split); r++) runes.push(r);
  for (let r = Number(split); r <= 0x110005; r += Number(step)) runes.push(r);

  it('unicode predicates and case mappings over sampled runes', () => {
    const t = new Tally();
    for (const l of lines) {
      if (l[0] === 'P') {
        const f = l[1] === 'ValidRune' ? validRune : (U[l[1]!] as (r: number) => boolean);
        runes.forEach((r, i) => t.check(`${l[1]}(${r})`, f(r) ? '1' : '0', l[2]![i]));
      } else if (l[0] === 'M') {
        const f = l[1] === 'RuneLen' ? runeLen : (U[l[1]!] as (r: number) => number);
        const want = l[2]!.split(',');
        runes.forEach((r, i) => {
          const d = f(r) - r;
          t.check(`${l[1]}(${r})`, d === 0 ? '' : String(d), want[i]);
        });
      }
    }
    console.log(`unicode: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });

  it('utf8 decoding', () => {
    const t = new Tally();
    for (const l of lines) {
      if (l[0] !== 'U') continue;
      const s = unhex(l[1]!);
      const [r, n] = U8.DecodeRuneInString!(s) as number[];
      const [lr, ln] = U8.DecodeLastRuneInString!(s) as number[];
      const got = `${r} ${n} ${lr} ${ln} ${U8.FullRuneInString!(s) ? 1 : 0} ${U8.ValidString!(s) ? 1 : 0} ${U8.RuneCountInString!(s)}`;
      t.check(`utf8(${l[1]})`, got, l[2]);
    }
    console.log(`utf8: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });

  it('strings natives', () => {
    const t = new Tally();
    for (const l of lines) {
      if (l[0] === 'S') {
        const s = unhex(l[1]!);
        const sep = unhex(l[2]!);
        const want = l[3]!.split(' ');
        const r0 = [...Buffer.from(sep + '\x00', 'latin1').toString('utf8')][0]!.codePointAt(0)!;
        const got = [
          S.Index!(s, sep),
          S.LastIndex!(s, sep),
          S.IndexAny!(s, sep),
          S.LastIndexAny!(s, sep),
          S.Count!(s, sep),
          S.Compare!(s, sep),
          hex(S.Replace!(s, sep, '<>', -1)),
          hex(S.Replace!(s, sep, '#', 2)),
          hex(S.Trim!(s, sep)),
          hex(S.TrimLeft!(s, sep)),
          hex(S.TrimRight!(s, sep)),
          hex(S.TrimPrefix!(s, sep)),
          hex(S.TrimSuffix!(s, sep)),
          S.EqualFold!(s, sep) ? '1' : '0',
          S.IndexRune!(s, r0),
          hex(S.ToValidUTF8!(s, sep)),
        ].map(String);
        const names = ['Index', 'LastIndex', 'IndexAny', 'LastIndexAny', 'Count', 'Compare', 'ReplaceAll', 'Replace2', 'Trim', 'TrimLeft', 'TrimRight', 'TrimPrefix', 'TrimSuffix', 'EqualFold', 'IndexRune', 'ToValidUTF8'];
        got.forEach((g, i) => t.check(`${names[i]}(${l[1]}, ${l[2]})`, g, want[i]));
      } else if (l[0] === 'T') {
        const s = unhex(l[1]!);
        const want = l[2]!.split(' ');
        const got = [S.ToUpper!(s), S.ToLower!(s), S.ToTitle!(s), S.TrimSpace!(s), S.repeat!(s, 3)].map(hex);
        const names = ['ToUpper', 'ToLower', 'ToTitle', 'TrimSpace', 'Repeat'];
        got.forEach((g, i) => t.check(`${names[i]}(${l[1]})`, g, want[i]));
      } else if (l[0] === 'F') {
        t.check(`EqualFold(${l[1]}, ${l[2]})`, S.EqualFold!(unhex(l[1]!), unhex(l[2]!)) ? '1' : '0', l[3]);
      }
    }
    console.log(`strings: ${t.cases} cases`);
    expect(t.summary()).toBe(`${t.cases}/${t.cases} pass`);
  });
});
