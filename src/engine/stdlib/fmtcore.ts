// fmt's formatting core, following go1.27 src/fmt/format.go (type fmt: flags, width,
// precision, fmtBoolean, fmtInteger, fmtFloat, fmtS, fmtQ, fmtSbx, fmtC, fmtQc, fmtUnicode,
// pad/padString by runes) and the value-independent parts of go1.27 src/fmt/print.go
// (doPrintf's verb-parsing loop with argument indexes and `*` widths, doPrint, doPrintln,
// badVerb, missing/extra/bad-index forms, and the per-kind fmtBool/fmtInteger/fmtFloat/
// fmtString/fmtBytes/fmt0x64 of pp).
//
// # API for CORE (owner of print.go's value dispatch)
//
// CORE implements `PrintHost<A>` over its own value representation `A` (an interface value
// as fmt's `any` sees it; `null` may be used for a nil interface) and creates one `pp`:
//
//   const p = new pp(host);           // reusable: p.reset() clears the buffer
//   p.doPrintf(format, args);         // Sprintf; p.doPrint(args) Sprint; p.doPrintln(args) Sprintln
//   const out = p.fmt.buf;            // the result, a byte string
//
// pp calls back `host.printArg(p, arg, verb)` for every operand (print.go's printArg: nil,
// %T, %p, handleMethods, then the kind switch). Inside it CORE calls the pp helpers for
// scalar kinds; they handle every verb, flag, width and precision as Go does, and return
// false (writing nothing) when the verb does not apply, so CORE then prints the bad-verb form:
//   p.fmtBool(v, verb)                      bool
//   p.fmtInteger(v, isSigned, verb)         all integer kinds; v is number|bigint, negative
//                                           only for signed kinds
//   p.fmtFloat(v, size, verb)               float32 (size 32) / float64 (size 64)
//   p.fmtString(v, verb)                    strings (byte strings)
//   p.fmtBytes(v, verb, typeString)         []byte (v a byte string, null for a nil slice);
//                                           false means "print as a generic slice" (printValue)
//   p.fmt0x64(u, leading0x)                 pointers (%p, %v of pointers/maps/chans/funcs)
//   p.badVerb(verb, arg)                    `%!verb(type=value)` for an operand (printArg path)
//   p.badVerbType(verb, type, printValue)   the same for a nested value (printValue path)
// The flags of the current directive are in p.fmt (sharpV/plusV for %#v and %+v), p.fmt.padString
// pads by runes, and p.erroring is set while a bad-verb form is printed (as in Go).
// Everything reads and writes byte strings (UTF-8 bytes as char codes 0..255).

import { formatFloat } from './ftoa.ts';
import { isPrint, quoteRuneWith, quoteWith, canBackquote } from './quote.ts';
import { decodeRune, decoded, encodeRune, runeCount } from './utf8.ts';

const ldigits = '0123456789abcdefx';
const udigits = '0123456789ABCDEFX';

const commaSpaceString = ', ';
const nilAngleString = '<nil>';
const nilParenString = '(nil)';
const percentBangString = '%!';
const missingString = '(MISSING)';
const badIndexString = '(BADINDEX)';
const extraString = '%!(EXTRA ';
const badWidthString = '%!(BADWIDTH)';
const badPrecString = '%!(BADPREC)';
const noVerbString = '%!(NOVERB)';

/** format.go's fmt: the flags and the output buffer of one formatting directive. */
export class Fmt {
  buf = '';
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  prec = 0;

  clearflags(): void {
    this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = false;
    this.space = this.zero = this.plusV = this.sharpV = false;
    this.wid = 0;
    this.prec = 0;
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero && !this.minus ? '0' : ' ').repeat(n);
  }

  /** pad and padString: width counts runes. */
  padString(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  /** padString with zero padding suppressed (Go saves and restores f.zero around pad). */
  private padNoZero(s: string): void {
    const oldZero = this.zero;
    this.zero = false;
    this.padString(s);
    this.zero = oldZero;
  }

  fmtBoolean(v: boolean): void {
    this.padString(v ? 'true' : 'false');
  }

  /** fmtUnicode: U+0078 or U+0078 'x'. u is a uint64 (number|bigint, non-negative). */
  fmtUnicode(u: number | bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let s = u.toString(16).toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    s = 'U+' + s;
    if (this.sharp && typeof u === 'number' && u <= 0x10ffff && isPrint(u)) s += " '" + encodeRune(u) + "'";
    this.padNoZero(s);
  }

  /**
   * fmtInteger: v in the engine's integer representation (negative only when isSigned),
   * base 2/8/10/16, digits ldigits or udigits.
   */
  fmtInteger(v: number | bigint, base: number, isSigned: boolean, verb: number, digits: string): void {
    const negative = isSigned && v < 0;
    const zeroValue = v === 0 || v === 0n;
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && zeroValue) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    let s = base === 10 ? '' + (negative ? -v : v) : (negative ? -v : v).toString(base);
    if (digits === udigits && base === 16) s = s.toUpperCase();
    if (prec > s.length) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = '0b' + s;
      else if (base === 8) {
        if (s.charCodeAt(0) !== 48) s = '0' + s;
      } else if (base === 16) s = '0' + digits[16] + s;
    }
    if (verb === 79 /* O */) s = '0o' + s;
    if (negative) s = '-' + s;
    else if (this.plus) s = '+' + s;
    else if (this.space) s = ' ' + s;
    this.padNoZero(s);
  }

  /** truncateString: at most prec runes. */
  truncateString(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      for (let i = 0; i < s.length; ) {
        n--;
        if (n < 0) return s.slice(0, i);
        if (s.charCodeAt(i) < 0x80) i++;
        else {
          decodeRune(s, i);
          i += decoded.size;
        }
      }
    }
    return s;
  }

  fmtS(s: string): void {
    this.padString(this.truncateString(s));
  }

  /** fmtSbx: hex of a string or byte slice (both byte strings here). */
  fmtSbx(s: string, digits: string): void {
    let length = s.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = '';
    const prefix = '0' + digits[16];
    if (this.sharp) out += prefix;
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += prefix;
      }
      const c = s.charCodeAt(i);
      out += digits[c >> 4]! + digits[c & 15]!;
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  fmtQ(s: string): void {
    s = this.truncateString(s);
    if (this.sharp && canBackquote(s)) {
      this.padString('`' + s + '`');
      return;
    }
    this.padString(quoteWith(s, 34, this.plus, false));
  }

  /** fmtC: c is a uint64 (number|bigint). */
  fmtC(c: number | bigint): void {
    const r = typeof c === 'number' && c <= 0x10ffff ? c : 0xfffd;
    this.padString(encodeRune(r));
  }

  fmtQc(c: number | bigint): void {
    const r = typeof c === 'number' && c <= 0x10ffff ? c : 0xfffd;
    this.padString(quoteRuneWith(r, 39, this.plus, false));
  }

  /** fmtFloat: v formatted by strconv with verb and default precision prec, then flags. */
  fmtFloat(v: number, size: number, verb: number, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec, size);
    const c0 = num.charCodeAt(0);
    if (c0 !== 45 && c0 !== 43) num = '+' + num;
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.padNoZero(num);
      return;
    }
    if (this.sharp && verb !== 98 /* b */) {
      let digits = 0;
      if (verb === 118 || verb === 103 || verb === 71 || verb === 120) {
        digits = prec;
        if (digits === -1) digits = 6;
      }
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const ch = num.charCodeAt(i);
        if (ch === 46) {
          hasDecimalPoint = true;
          continue;
        }
        if (ch === 112 || ch === 80 || ((ch === 101 || ch === 69) && verb !== 120 && verb !== 88)) {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        }
        if (ch !== 48) sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0') digits--;
        num += '.';
      }
      if (digits > 0) num += '0'.repeat(digits);
      num += tail;
    }
    if (this.plus || num[0] !== '+') {
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.padString(num);
      return;
    }
    this.padString(num.slice(1));
  }
}

/** What pp needs from the value representation (CORE implements it). */
export interface PrintHost<A> {
  /** print.go printArg(arg, verb). */
  printArg(p: pp<A>, arg: A, verb: number): void;
  /** reflect.TypeOf(arg).String(); undefined for a nil interface. */
  typeString(arg: A): string | undefined;
  /** intFromArg: the operand as an int if it has an integer kind and fits int; else undefined. */
  intArg(arg: A): number | undefined;
  /** Whether the operand's dynamic type has kind String (doPrint's spacing rule). */
  isString(arg: A): boolean;
}

function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

// parsenum: [num, isnum, newi]
function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let newi = start;
  for (; newi < end; newi++) {
    const c = s.charCodeAt(newi);
    if (c < 48 || c > 57) break;
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + c - 48;
    isnum = true;
  }
  return [num, isnum, newi];
}

// parseArgNumber: [index, wid, ok] for format starting at '['.
function parseArgNumber(format: string, at: number): [number, number, boolean] {
  if (format.length - at < 3) return [0, 1, false];
  for (let i = 1; at + i < format.length; i++) {
    if (format.charCodeAt(at + i) === 93) {
      const [width, ok, newi] = parsenum(format, at + 1, at + i);
      if (!ok || newi !== at + i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}

/** print.go's pp: one printer (buffer, directive flags, argument bookkeeping). */
export class pp<A> {
  readonly fmt = new Fmt();
  erroring = false;
  reordered = false;
  goodArgNum = true;
  /** Operand indexes of %w verbs (fmt.Errorf wraps these). */
  wrappedErrs: number[] = [];
  /**
   * Set by fmt.Errorf only (print.go's wrapErrs): elsewhere handleMethods prints %w as a bad
   * verb, `%!w(*errors.errorString=&{x})`.
   */
  wrapErrs = false;
  private readonly host: PrintHost<A>;

  constructor(host: PrintHost<A>) {
    this.host = host;
  }

  reset(): void {
    this.fmt.buf = '';
    this.fmt.clearflags();
    this.erroring = false;
    this.reordered = false;
    this.goodArgNum = true;
    this.wrappedErrs.length = 0;
    this.wrapErrs = false;
  }

  get buf(): string {
    return this.fmt.buf;
  }

  writeString(s: string): void {
    this.fmt.buf += s;
  }

  writeRune(r: number): void {
    this.fmt.buf += r < 0x80 ? String.fromCharCode(r) : encodeRune(r);
  }

  /** badVerb(arg, reflect.Value{}, verb): `%!verb(type=value)` or `%!verb(<nil>)`. */
  badVerb(verb: number, arg: A | null | undefined): void {
    const t = arg === null || arg === undefined ? undefined : this.host.typeString(arg);
    if (t === undefined) {
      this.erroring = true;
      this.writeString(percentBangString);
      this.writeRune(verb);
      this.writeString('(' + nilAngleString + ')');
      this.erroring = false;
      return;
    }
    this.badVerbType(verb, t, () => this.host.printArg(this, arg!, 118));
  }

  /** badVerb for a reflect.Value operand: type string given, value printed by printValue. */
  badVerbType(verb: number, typeString: string, printValue: () => void): void {
    this.erroring = true;
    this.writeString(percentBangString);
    this.writeRune(verb);
    this.writeString('(' + typeString + '=');
    printValue();
    this.writeString(')');
    this.erroring = false;
  }

  fmtBool(v: boolean, verb: number): boolean {
    if (verb !== 116 && verb !== 118) return false;
    this.fmt.fmtBoolean(v);
    return true;
  }

  fmt0x64(v: number | bigint, leading0x: boolean): void {
    const sharp = this.fmt.sharp;
    this.fmt.sharp = leading0x;
    this.fmt.fmtInteger(v, 16, false, 118, ldigits);
    this.fmt.sharp = sharp;
  }

  /** pp.fmtInteger: v is number|bigint, negative only for signed kinds. */
  fmtInteger(v: number | bigint, isSigned: boolean, verb: number): boolean {
    const f = this.fmt;
    if ((verb === 100 || verb === 118) && !f.widPresent && !f.precPresent && !f.plus && !f.space && !f.sharpV) {
      f.buf += '' + v; // the common %d / %v: no flag can change the digits
      return true;
    }
    switch (verb) {
      case 118: // v
        if (f.sharpV && !isSigned) this.fmt0x64(v, true);
        else f.fmtInteger(v, 10, isSigned, verb, ldigits);
        return true;
      case 100: // d
        f.fmtInteger(v, 10, isSigned, verb, ldigits);
        return true;
      case 98: // b
        f.fmtInteger(v, 2, isSigned, verb, ldigits);
        return true;
      case 111: // o
      case 79: // O
        f.fmtInteger(v, 8, isSigned, verb, ldigits);
        return true;
      case 120: // x
        f.fmtInteger(v, 16, isSigned, verb, ldigits);
        return true;
      case 88: // X
        f.fmtInteger(v, 16, isSigned, verb, udigits);
        return true;
      case 99: // c
        f.fmtC(asUint64(v));
        return true;
      case 113: // q
        f.fmtQc(asUint64(v));
        return true;
      case 85: // U
        f.fmtUnicode(asUint64(v));
        return true;
      default:
        return false;
    }
  }

  fmtFloat(v: number, size: number, verb: number): boolean {
    const f = this.fmt;
    if (verb === 118 && !f.widPresent && !f.precPresent && !f.plus && !f.space && !f.sharp) {
      f.buf += formatFloat(v, 103, -1, size); // the common %v: strconv's text as is (even "+Inf")
      return true;
    }
    switch (verb) {
      case 118:
        f.fmtFloat(v, size, 103, -1);
        return true;
      case 98:
      case 103:
      case 71:
      case 120:
      case 88:
        f.fmtFloat(v, size, verb, -1);
        return true;
      case 102:
      case 101:
      case 69:
        f.fmtFloat(v, size, verb, 6);
        return true;
      case 70:
        f.fmtFloat(v, size, 102, 6);
        return true;
      default:
        return false;
    }
  }

  fmtString(v: string, verb: number): boolean {
    const f = this.fmt;
    switch (verb) {
      case 118:
        if (f.sharpV) f.fmtQ(v);
        else f.fmtS(v);
        return true;
      case 115:
        f.fmtS(v);
        return true;
      case 120:
        f.fmtSbx(v, ldigits);
        return true;
      case 88:
        f.fmtSbx(v, udigits);
        return true;
      case 113:
        f.fmtQ(v);
        return true;
      default:
        return false;
    }
  }

  /** pp.fmtBytes: v a byte string (null = nil slice); false for verbs Go sends to printValue. */
  fmtBytes(v: string | null, verb: number, typeString: string): boolean {
    const f = this.fmt;
    const b = v ?? '';
    switch (verb) {
      case 118:
      case 100:
        if (f.sharpV) {
          this.writeString(typeString);
          if (v === null) {
            this.writeString(nilParenString);
            return true;
          }
          this.writeString('{');
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.writeString(commaSpaceString);
            this.fmt0x64(b.charCodeAt(i), true);
          }
          this.writeString('}');
        } else {
          this.writeString('[');
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.writeString(' ');
            f.fmtInteger(b.charCodeAt(i), 10, false, verb, ldigits);
          }
          this.writeString(']');
        }
        return true;
      case 115:
        f.fmtS(b);
        return true;
      case 120:
        f.fmtSbx(b, ldigits);
        return true;
      case 88:
        f.fmtSbx(b, udigits);
        return true;
      case 113:
        f.fmtQ(b);
        return true;
      default:
        return false;
    }
  }

  private argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (format.length <= i || format.charCodeAt(i) !== 91) return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format, i);
    if (ok && 0 <= index && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  private intFromArg(a: readonly A[], argNum: number): [number, boolean, number] {
    let num = 0;
    let isInt = false;
    let newArgNum = argNum;
    if (argNum < a.length) {
      const arg = a[argNum]!;
      const n = arg === null || arg === undefined ? undefined : this.host.intArg(arg);
      if (n !== undefined) {
        num = n;
        isInt = true;
      }
      newArgNum = argNum + 1;
      if (tooLarge(num)) {
        num = 0;
        isInt = false;
      }
    }
    return [num, isInt, newArgNum];
  }

  private printArg(arg: A, verb: number): void {
    this.host.printArg(this, arg, verb);
  }

  /** doPrintf(format, a): format is a byte string. */
  doPrintf(format: string, a: readonly A[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex: boolean;
    const f = this.fmt;
    this.reordered = false;
    formatLoop: for (let i = 0; i < end; ) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format.charCodeAt(i) !== 37) i++;
      if (i > lasti) f.buf += lasti === 0 && i === end ? format : format.slice(lasti, i);
      if (i >= end) break;
      i++;
      f.clearflags();
      simpleFormat: for (; i < end; i++) {
        const c = format.charCodeAt(i);
        switch (c) {
          case 35:
            f.sharp = true;
            break;
          case 48:
            f.zero = true;
            break;
          case 43:
            f.plus = true;
            break;
          case 45:
            f.minus = true;
            break;
          case 32:
            f.space = true;
            break;
          default:
            if (97 <= c && c <= 122 && argNum < a.length) {
              if (c === 119) this.wrappedErrs.push(argNum);
              if (c === 118 || c === 119) {
                f.sharpV = f.sharp;
                f.sharp = false;
                f.plusV = f.plus;
                f.plus = false;
              }
              this.printArg(a[argNum]!, c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (i < end && format.charCodeAt(i) === 42) {
        i++;
        [f.wid, f.widPresent, argNum] = this.intFromArg(a, argNum);
        if (!f.widPresent) f.buf += badWidthString;
        if (f.wid < 0) {
          f.wid = -f.wid;
          f.minus = true;
          f.zero = false;
        }
        afterIndex = false;
      } else {
        [f.wid, f.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && f.widPresent) this.goodArgNum = false;
      }
      if (i + 1 < end && format.charCodeAt(i) === 46) {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (i < end && format.charCodeAt(i) === 42) {
          i++;
          [f.prec, f.precPresent, argNum] = this.intFromArg(a, argNum);
          if (f.prec < 0) {
            f.prec = 0;
            f.precPresent = false;
          }
          if (!f.precPresent) f.buf += badPrecString;
          afterIndex = false;
        } else {
          [f.prec, f.precPresent, i] = parsenum(format, i, end);
          if (!f.precPresent) {
            f.prec = 0;
            f.precPresent = true;
          }
        }
      }
      if (!afterIndex) [argNum, i] = this.argNumber(argNum, format, i, a.length);
      if (i >= end) {
        f.buf += noVerbString;
        break;
      }
      let verb = format.charCodeAt(i);
      let size = 1;
      if (verb >= 0x80) {
        verb = decodeRune(format, i);
        size = decoded.size;
      }
      i += size;
      if (verb === 37) {
        f.buf += '%';
      } else if (!this.goodArgNum) {
        f.buf += percentBangString;
        this.writeRune(verb);
        f.buf += badIndexString;
      } else if (argNum >= a.length) {
        f.buf += percentBangString;
        this.writeRune(verb);
        f.buf += missingString;
      } else {
        if (verb === 119) this.wrappedErrs.push(argNum);
        if (verb === 118 || verb === 119) {
          f.sharpV = f.sharp;
          f.sharp = false;
          f.plusV = f.plus;
          f.plus = false;
        }
        this.printArg(a[argNum]!, verb);
        argNum++;
      }
    }
    if (!this.reordered && argNum < a.length) {
      f.clearflags();
      f.buf += extraString;
      for (let i = argNum; i < a.length; i++) {
        if (i > argNum) f.buf += commaSpaceString;
        const arg = a[i]!;
        const t = arg === null || arg === undefined ? undefined : this.host.typeString(arg);
        if (t === undefined) {
          f.buf += nilAngleString;
        } else {
          f.buf += t + '=';
          this.printArg(arg, 118);
        }
      }
      f.buf += ')';
    }
  }

  /** doPrint(a): Sprint's spacing (a space between operands when neither is a string). */
  doPrint(a: readonly A[]): void {
    let prevString = false;
    for (let argNum = 0; argNum < a.length; argNum++) {
      const arg = a[argNum]!;
      const isString = arg !== null && arg !== undefined && this.host.isString(arg);
      if (argNum > 0 && !isString && !prevString) this.fmt.buf += ' ';
      this.fmt.clearflags();
      this.printArg(arg, 118);
      prevString = isString;
    }
  }

  doPrintln(a: readonly A[]): void {
    for (let argNum = 0; argNum < a.length; argNum++) {
      if (argNum > 0) this.fmt.buf += ' ';
      this.fmt.clearflags();
      this.printArg(a[argNum]!, 118);
    }
    this.fmt.buf += '\n';
  }
}

/** A signed integer reinterpreted as uint64 (for %c, %q, %U of negative values). */
function asUint64(v: number | bigint): number | bigint {
  if (v >= 0) return v;
  return BigInt.asUintN(64, BigInt(v));
}

export { ldigits, udigits, nilAngleString };
