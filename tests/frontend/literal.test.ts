// Literal values (literal.ts). Expected values are computed independently in JS
// (TextEncoder, Number parsing), not typed in.
import { describe, expect, it } from 'vitest';
import { parseFloatLit, parseIntLit, parseNumberLit, unquoteRune, unquoteString } from '../../src/engine/frontend/literal.ts';
import { bytesToByteString, utf8Encode } from '../../src/engine/frontend/text.ts';

const bytes = (s: string): string => bytesToByteString(new TextEncoder().encode(s));

describe('literal values', () => {
  it('unquotes interpreted and raw strings to byte strings', () => {
    expect(unquoteString('"a\\tb\\n"')).toBe('a\tb\n');
    expect(unquoteString('"\\u00e9\\U0001F600"')).toBe(bytes('\u00e9\u{1F600}'));
    expect(unquoteString('"\\xff\\377\\""')).toBe('\xff\xff"');
    expect(unquoteString(utf8Encode('"héllo"'))).toBe(bytes('héllo'));
    expect(unquoteString('`a\\n\r\nb`')).toBe('a\\n\nb');
  });

  it('decodes rune literals to code points', () => {
    expect(unquoteRune("'a'")).toBe('a'.codePointAt(0));
    expect(unquoteRune(utf8Encode("'é'"))).toBe('é'.codePointAt(0));
    expect(unquoteRune(utf8Encode("'😀'"))).toBe('😀'.codePointAt(0));
    expect(unquoteRune("'\\xff'")).toBe(0xff);
    expect(unquoteRune("'\\''")).toBe("'".codePointAt(0));
    expect(unquoteRune("'\\u12e4'")).toBe(0x12e4);
  });

  it('parses integer literals in every base', () => {
    expect(parseIntLit('1_000_000')).toBe(BigInt(1e6));
    expect(parseIntLit('0x_FF')).toBe(BigInt(0xff));
    expect(parseIntLit('0o17')).toBe(BigInt(0o17));
    expect(parseIntLit('017')).toBe(BigInt(0o17));
    expect(parseIntLit('0b1010')).toBe(BigInt(0b1010));
    expect(parseIntLit('18446744073709551615')).toBe(2n ** 64n - 1n);
  });

  it('parses float literals exactly', () => {
    expect(parseFloatLit('0x1p-2')).toEqual({ num: 1n, den: 4n });
    expect(parseFloatLit('0x1.8p1')).toEqual({ num: 3n, den: 1n });
    expect(parseFloatLit('1.5e3')).toEqual({ num: 1500n, den: 1n });
    expect(parseFloatLit('.25')).toEqual({ num: 1n, den: 4n });
    expect(parseFloatLit('1e-3')).toEqual({ num: 1n, den: 1000n });
    expect(parseFloatLit('6.02214076e23')).toEqual({ num: 602214076n * 10n ** 15n, den: 1n });
    const r = parseFloatLit('3.14159');
    expect(Number(r.num) / Number(r.den)).toBe(3.14159);
  });

  it('parses imaginary literals as their real coefficient', () => {
    expect(parseNumberLit('0123i')).toEqual({ num: 123n, den: 1n });
    expect(parseNumberLit('0x10i')).toEqual({ num: 16n, den: 1n });
    expect(parseNumberLit('2.5i')).toEqual({ num: 5n, den: 2n });
  });
});
