// Values of Go literals (go1.27 go/constant MakeFromLiteral, strconv.Unquote), from
// the literal's source text as a byte string.

import type { ConstValue } from './constant.ts';
import { makeInt, makeRat, makeString, unknownVal } from './constant.ts';

function utf8Bytes(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r >= 0xd800 && r <= 0xdfff) r = 0xfffd;
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  if (r > 0x10ffff) r = 0xfffd;
  if (r === 0xfffd) return utf8Bytes(r);
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** Decodes one UTF-8 sequence at i of a byte string: [rune, size]. */
export function decodeRune(s: string, i: number): [number, number] {
  const c = s.charCodeAt(i);
  if (c < 0x80) return [c, 1];
  const n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
  if (n === 0 || i + n > s.length) return [0xfffd, 1];
  let r = c & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const b = s.charCodeAt(i + k);
    if ((b & 0xc0) !== 0x80) return [0xfffd, 1];
    r = (r << 6) | (b & 0x3f);
  }
  return [r, n];
}

/** Unquotes the body of a rune or interpreted string literal into bytes (escapes resolved). */
function unescape(body: string, quote: string): string | null {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    switch (e) {
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '\'':
      case '"':
        if (e !== quote) return null;
        out += e;
        break;
      case 'x': {
        out += String.fromCharCode(parseInt(body.slice(i, i + 2), 16));
        i += 2;
        break;
      }
      case 'u':
      case 'U': {
        const n = e === 'u' ? 4 : 8;
        out += utf8Bytes(parseInt(body.slice(i, i + n), 16));
        i += n;
        break;
      }
      default: {
        if (e >= '0' && e <= '7') {
          out += String.fromCharCode(parseInt(body.slice(i - 1, i + 2), 8) & 0xff);
          i += 2;
          break;
        }
        return null;
      }
    }
  }
  return out;
}

/** The string value of a string literal (byte string), or null if malformed. */
export function stringLitValue(lit: string): string | null {
  if (lit.startsWith('`')) return lit.slice(1, -1).replace(/\r/g, '');
  if (!lit.startsWith('"')) return null;
  return unescape(lit.slice(1, -1), '"');
}

/** Value of a BasicLit's text for its kind. */
export function literalValue(kind: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING', lit: string): ConstValue {
  switch (kind) {
    case 'INT': {
      const s = lit.replace(/_/g, '');
      try {
        if (/^0[0-7]+$/.test(s)) return makeInt(BigInt('0o' + s.slice(1)));
        return makeInt(BigInt(s.replace(/^0([oObBxX])/, (_m, p: string) => '0' + p.toLowerCase())));
      } catch {
        return unknownVal;
      }
    }
    case 'FLOAT':
      return parseFloatLit(lit.replace(/_/g, ''));
    case 'IMAG':
      return unknownVal;
    case 'CHAR': {
      const body = unescape(lit.slice(1, -1), '\'');
      if (body === null || body.length === 0) return unknownVal;
      if (lit[1] === '\\' && (lit[2] === 'x' || (lit[2] >= '0' && lit[2] <= '7'))) return makeInt(body.charCodeAt(0));
      return makeInt(decodeRune(body, 0)[0]);
    }
    case 'STRING': {
      const v = stringLitValue(lit);
      return v === null ? unknownVal : makeString(v);
    }
  }
}

function parseFloatLit(s: string): ConstValue {
  if (/^0[xX]/.test(s)) {
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
    if (m === null) return unknownVal;
    const frac = m[2] ?? '';
    let mant = BigInt('0x' + ((m[1] + frac) || '0'));
    let exp = Number(m[3]) - 4 * frac.length;
    if (Math.abs(exp) > 400000) return unknownVal;
    if (exp >= 0) return makeRat(mant << BigInt(exp), 1n);
    exp = -exp;
    if (mant === 0n) mant = 0n;
    return makeRat(mant, 1n << BigInt(exp));
  }
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (m === null) return unknownVal;
  const frac = m[2] ?? '';
  const mant = BigInt((m[1] + frac) || '0');
  const exp = Number(m[3] ?? '0') - frac.length;
  // go/constant keeps such literals as big.Float values (go test fixedbugs/issue7419.go:
  // 1e-779137 compiles and is 0 as a float64); exact rationals stay affordable up to a
  // million decimal digits (a 3.3-Mbit power of ten), beyond which the literal is reported.
  if (Math.abs(exp) > 1_000_000) return unknownVal;
  if (exp >= 0) return makeRat(mant * 10n ** BigInt(exp), 1n);
  return makeRat(mant, 10n ** BigInt(-exp));
}
