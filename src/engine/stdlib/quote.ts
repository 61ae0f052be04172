// Quoting, following go1.27 src/strconv/quote.go (appendQuotedWith, appendEscapedRune,
// CanBackquote, UnquoteChar, unquote, IsPrint, IsGraphic). Strings are byte strings; the
// isPrint/isGraphic range tables are generated from Go 1.27 (tables/unicode.ts).

import { strconvIsGraphic, strconvIsPrint } from './tables/unicode.ts';
import { RuneError, decodeRune, decoded, encodeRune, validRune, validString } from './utf8.ts';

/** Whether r lies in a sorted flat [lo, hi, ...] range table. */
export function inRanges(table: readonly number[], r: number): boolean {
  let i = 0;
  let j = table.length >> 1;
  while (i < j) {
    const h = (i + j) >> 1;
    if (table[2 * h + 1]! < r) i = h + 1;
    else j = h;
  }
  return i < table.length >> 1 && table[2 * i]! <= r;
}

export function isPrint(r: number): boolean {
  if (r <= 0xff) {
    if (0x20 <= r && r <= 0x7e) return true;
    if (0xa1 <= r && r <= 0xff) return r !== 0xad;
    return false;
  }
  return inRanges(strconvIsPrint, r);
}

export function isGraphic(r: number): boolean {
  return isPrint(r) || inRanges(strconvIsGraphic, r);
}

const lowerhex = '0123456789abcdef';

function escapedRune(r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (r === quote || r === 92) return '\\' + String.fromCharCode(r);
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    return encodeRune(r);
  }
  switch (r) {
    case 7:
      return '\\a';
    case 8:
      return '\\b';
    case 12:
      return '\\f';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 9:
      return '\\t';
    case 11:
      return '\\v';
  }
  if (r < 32 || r === 0x7f) return '\\x' + lowerhex[(r >> 4) & 15] + lowerhex[r & 15];
  if (!validRune(r)) r = 0xfffd;
  if (r < 0x10000) {
    let s = '\\u';
    for (let sh = 12; sh >= 0; sh -= 4) s += lowerhex[(r >> sh) & 15];
    return s;
  }
  let s = '\\U';
  for (let sh = 28; sh >= 0; sh -= 4) s += lowerhex[(r >>> sh) & 15];
  return s;
}

/** quoteWith(s, quote, ASCIIonly, graphicOnly) over a byte string. */
export function quoteWith(s: string, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  const q = String.fromCharCode(quote);
  let out = q;
  let start = 0; // start of a pending run of plain printable ASCII
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== quote && c !== 92) {
      i++;
      continue;
    }
    if (start < i) out += s.slice(start, i);
    const r = decodeRune(s, i);
    const width = decoded.size;
    if (width === 1 && r === RuneError) {
      out += '\\x' + lowerhex[c >> 4] + lowerhex[c & 15];
    } else {
      out += escapedRune(r, quote, asciiOnly, graphicOnly);
    }
    i += width;
    start = i;
  }
  if (start < n) out += start === 0 ? s : s.slice(start);
  return out + q;
}

export function quoteRuneWith(r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  const q = String.fromCharCode(quote);
  if (!validRune(r)) r = RuneError;
  return q + escapedRune(r, quote, asciiOnly, graphicOnly) + q;
}

export function quote(s: string): string {
  return quoteWith(s, 34, false, false);
}

export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const r = decodeRune(s, i);
    const wid = decoded.size;
    i += wid;
    if (wid > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 32 && r !== 9) || r === 96 || r === 0x7f) return false;
  }
  return true;
}

function unhex(b: number): number {
  if (b >= 48 && b <= 57) return b - 48;
  if (b >= 97 && b <= 102) return b - 87;
  if (b >= 65 && b <= 70) return b - 55;
  return -1;
}

/** Result of unquoteChar: [value, multibyte, tail, ok]. */
export type UnquoteCharResult = [value: number, multibyte: boolean, tail: string, ok: boolean];

export function unquoteChar(s: string, quote: number): UnquoteCharResult {
  if (s.length === 0) return [0, false, '', false];
  const c0 = s.charCodeAt(0);
  if (c0 === quote && (quote === 39 || quote === 34)) return [0, false, '', false];
  if (c0 >= 0x80) {
    const r = decodeRune(s, 0);
    return [r, true, s.slice(decoded.size), true];
  }
  if (c0 !== 92) return [c0, false, s.slice(1), true];
  if (s.length <= 1) return [0, false, '', false];
  const c = s.charCodeAt(1);
  s = s.slice(2);
  let value: number;
  let multibyte = false;
  switch (c) {
    case 97:
      value = 7;
      break;
    case 98:
      value = 8;
      break;
    case 102:
      value = 12;
      break;
    case 110:
      value = 10;
      break;
    case 114:
      value = 13;
      break;
    case 116:
      value = 9;
      break;
    case 118:
      value = 11;
      break;
    case 120:
    case 117:
    case 85: {
      const n = c === 120 ? 2 : c === 117 ? 4 : 8;
      if (s.length < n) return [0, false, '', false];
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = unhex(s.charCodeAt(j));
        if (x < 0) return [0, false, '', false];
        v = v * 16 + x;
      }
      s = s.slice(n);
      if (c === 120) {
        value = v;
        break;
      }
      if (!validRune(v)) return [0, false, '', false];
      value = v;
      multibyte = true;
      break;
    }
    case 48:
    case 49:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 55: {
      let v = c - 48;
      if (s.length < 2) return [0, false, '', false];
      for (let j = 0; j < 2; j++) {
        const x = s.charCodeAt(j) - 48;
        if (x < 0 || x > 7) return [0, false, '', false];
        v = (v << 3) | x;
      }
      s = s.slice(2);
      if (v > 255) return [0, false, '', false];
      value = v;
      break;
    }
    case 92:
      value = 92;
      break;
    case 39:
    case 34:
      if (c !== quote) return [0, false, '', false];
      value = c;
      break;
    default:
      return [0, false, '', false];
  }
  return [value, multibyte, s, true];
}

/** unquote(in, unescape): [out, rem, ok]. */
export function unquoteWith(input: string, unescape: boolean): [string, string, boolean] {
  if (input.length < 2) return ['', input, false];
  const q = input.charCodeAt(0);
  let end = input.indexOf(input[0]!, 1);
  if (end < 0) return ['', input, false];
  end += 1;
  if (q === 96) {
    let out: string;
    if (!unescape) out = input.slice(0, end);
    else if (!input.slice(0, end).includes('\r')) out = input.slice(1, end - 1);
    else out = input.slice(1, end - 1).replaceAll('\r', '');
    return [out, input.slice(end), true];
  }
  if (q !== 34 && q !== 39) return ['', input, false];
  const head = input.slice(0, end);
  if (!head.includes('\\') && !head.includes('\n')) {
    let valid: boolean;
    if (q === 34) {
      valid = validString(input.slice(1, end - 1));
    } else {
      const body = input.slice(1, end - 1);
      let r = RuneError;
      let n = 0;
      if (body.length > 0) {
        r = decodeRune(body, 0);
        n = decoded.size;
      }
      valid = 1 + n + 1 === end && (r !== RuneError || n !== 1);
    }
    if (valid) {
      const out = unescape ? input.slice(1, end - 1) : head;
      return [out, input.slice(end), true];
    }
  }
  const in0 = input;
  let rest = input.slice(1);
  let buf = '';
  while (rest.length > 0 && rest.charCodeAt(0) !== q) {
    const [r, multibyte, rem, ok] = unquoteChar(rest, q);
    if (rest.charCodeAt(0) === 10 || !ok) return ['', in0, false];
    rest = rem;
    if (unescape) {
      if (r < 0x80 || !multibyte) buf += String.fromCharCode(r);
      else buf += encodeRune(r);
    }
    if (q === 39) break;
  }
  if (!(rest.length > 0 && rest.charCodeAt(0) === q)) return ['', in0, false];
  rest = rest.slice(1);
  if (unescape) return [buf, rest, true];
  return [in0.slice(0, in0.length - rest.length), rest, true];
}
