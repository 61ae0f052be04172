// The Go scanner, following go1.27 cmd/compile/internal/syntax/scanner.go and source.go
// (gc's scanner, not go/scanner): same token boundaries, same automatic semicolon
// insertion (the `nlsemi` flag), same error messages at the same positions.
//
// Input is a byte string (one char code per UTF-8 byte, see index.ts). Positions are
// byte offsets; the parser turns them into gc's line:col through the line table.
// Differences from gc, all deliberate: comments and directives (//go:, //line) are
// skipped (positions never follow //line directives); there is no I/O.

import {
  type LitKind, type Operator, type token,
  _EOF, _Name, _Literal, _Operator, _AssignOp, _IncOp, _Assign, _Define, _Arrow, _Star,
  _Lparen, _Lbrack, _Lbrace, _Rparen, _Rbrack, _Rbrace, _Comma, _Semi, _Colon, _Dot, _DotDotDot,
  _Break, _Continue, _Fallthrough, _Return,
  IntLit, FloatLit, ImagLit, RuneLit, StringLit,
  Not, Tilde, OrOr, AndAnd, Eql, Neq, Lss, Leq, Gtr, Geq, Add, Sub, Or, Xor, Mul, Div, Rem, And,
  AndNot, Shl, Shr,
  precOrOr, precAndAnd, precCmp, precAdd, precMul,
  keywords,
} from './token.ts';

const RuneError = 0xfffd;
const BOM = 0xfeff;

export class Scanner {
  readonly src: string;

  // source state (source.go): ch is the current character (-1 at EOF), chw its width
  // in bytes, r the offset just after it; b the start of the active segment or -1.
  ch = 32;
  chw = 0;
  r = 0;
  private b = -1;

  nlsemi = false; // if set '\n' and EOF translate to ';'

  // current token, valid after calling next()
  /** Byte offset of the token's first byte. */
  offset = 0;
  tok: token = 0;
  /** Valid if tok is _Name, _Literal, or _Semi ("semicolon", "newline", or "EOF"). */
  lit = '';
  /** Valid if tok is _Literal: a syntax error occurred in the literal. */
  bad = false;
  kind: LitKind = IntLit;
  /** Valid if tok is _Operator, _Star, _AssignOp, or _IncOp. */
  op: Operator = 0;
  prec = 0;

  constructor(src: string) {
    this.src = src;
  }

  /** Reads the first character; call once before the first next(). */
  protected start(): void {
    this.nextch();
  }

  /** Receives scanner errors (gc wording, no "syntax error: " prefix); the parser overrides it. */
  protected errh(offset: number, msg: string): void {
    throw new Error(`${offset}: ${msg}`);
  }

  /**
   * Receives `//go:` directive comments (gc's "directives" mode): offset of the `g`,
   * the text after `//`, and whether the line is blank before the comment.
   */
  protected directive(_offset: number, _text: string, _blank: boolean): void {}

  /** Offset of the current character (of EOF: src.length). */
  chOffset(): number {
    return this.r - this.chw;
  }

  private errorf(msg: string): void {
    this.errh(this.chOffset(), msg);
  }

  private errorAtf(k: number, msg: string): void {
    this.errh(this.offset + k, msg);
  }

  private segment(): string {
    return this.src.slice(this.b, this.r - this.chw);
  }

  // source.nextch: reads the next character, decoding UTF-8; reports NUL, invalid
  // UTF-8 and misplaced BOMs and skips them.
  nextch(): void {
    const src = this.src;
    for (;;) {
      const r = this.r;
      if (r >= src.length) {
        this.ch = -1;
        this.chw = 0;
        return;
      }
      const c = src.charCodeAt(r);
      if (c < 0x80) {
        this.r = r + 1;
        this.chw = 1;
        this.ch = c;
        if (c === 0) {
          this.errorf('invalid NUL character');
          continue;
        }
        return;
      }
      const rw = decodeRune(src, r);
      const w = rw & 7;
      const ch = rw >>> 3;
      this.ch = ch;
      this.chw = w;
      this.r = r + w;
      if (ch === RuneError && w === 1) {
        this.errorf('invalid UTF-8 encoding');
        continue;
      }
      if (ch === BOM) {
        if (r > 0) this.errorf('invalid BOM in the middle of the file');
        continue;
      }
      return;
    }
  }

  private rewind(): void {
    this.r = this.b;
    this.chw = 0;
    this.nextch();
  }

  private setLit(kind: LitKind, ok: boolean): void {
    this.nlsemi = true;
    this.tok = _Literal;
    this.lit = this.segment();
    this.bad = !ok;
    this.kind = kind;
  }

  /** Scans the next token into tok/lit/op/prec/offset (scanner.next). */
  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;

    for (;;) {
      const wsStart = this.r - this.chw;
      // skip white space
      let ch = this.ch;
      while (ch === 32 || ch === 9 || (ch === 10 && !nlsemi) || ch === 13) {
        this.nextch();
        ch = this.ch;
      }

      // token start
      this.offset = this.r - this.chw;
      this.b = this.offset;

      if (isLetter(ch) || (ch >= 0x80 && this.atIdentChar(true))) {
        this.nextch();
        this.scanIdent();
        return;
      }

      switch (ch) {
        case -1:
          if (nlsemi) {
            this.lit = 'EOF';
            this.tok = _Semi;
            break;
          }
          this.tok = _EOF;
          break;
        case 10: // '\n'
          this.nextch();
          this.lit = 'newline';
          this.tok = _Semi;
          break;
        case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: case 56: case 57:
          this.number(false);
          break;
        case 34: // '"'
          this.stdString();
          break;
        case 96: // '`'
          this.rawString();
          break;
        case 39: // '\''
          this.rune();
          break;
        case 40: // (
          this.nextch();
          this.tok = _Lparen;
          break;
        case 91: // [
          this.nextch();
          this.tok = _Lbrack;
          break;
        case 123: // {
          this.nextch();
          this.tok = _Lbrace;
          break;
        case 44: // ,
          this.nextch();
          this.tok = _Comma;
          break;
        case 59: // ;
          this.nextch();
          this.lit = 'semicolon';
          this.tok = _Semi;
          break;
        case 41: // )
          this.nextch();
          this.nlsemi = true;
          this.tok = _Rparen;
          break;
        case 93: // ]
          this.nextch();
          this.nlsemi = true;
          this.tok = _Rbrack;
          break;
        case 125: // }
          this.nextch();
          this.nlsemi = true;
          this.tok = _Rbrace;
          break;
        case 58: // :
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.tok = _Define;
            break;
          }
          this.tok = _Colon;
          break;
        case 46: // .
          this.nextch();
          if (isDecimal(this.ch)) {
            this.number(true);
            break;
          }
          if (this.ch === 46) {
            this.nextch();
            if (this.ch === 46) {
              this.nextch();
              this.tok = _DotDotDot;
              break;
            }
            this.rewind(); // now ch holds 1st '.'
            this.nextch(); // consume 1st '.' again
          }
          this.tok = _Dot;
          break;
        case 43: // +
          this.nextch();
          this.op = Add;
          this.prec = precAdd;
          if (this.ch !== 43) {
            this.assignop();
            break;
          }
          this.nextch();
          this.nlsemi = true;
          this.tok = _IncOp;
          break;
        case 45: // -
          this.nextch();
          this.op = Sub;
          this.prec = precAdd;
          if (this.ch !== 45) {
            this.assignop();
            break;
          }
          this.nextch();
          this.nlsemi = true;
          this.tok = _IncOp;
          break;
        case 42: // *
          this.nextch();
          this.op = Mul;
          this.prec = precMul;
          if (this.ch === 61) {
            this.nextch();
            this.tok = _AssignOp;
            break;
          }
          this.tok = _Star;
          break;
        case 47: // /
          this.nextch();
          if (this.ch === 47) {
            this.nextch();
            const start = this.chOffset();
            if ((this.ch as number) === 103 && this.src.startsWith('go:', start)) {
              this.skipLine();
              let end = this.chOffset();
              if (this.src.charCodeAt(end - 1) === 13) end--;
              // blank: a newline was skipped, or the scan started at a line start
              const blank =
                this.src.lastIndexOf('\n', this.offset - 1) >= wsStart || wsStart === 0 || this.src.charCodeAt(wsStart - 1) === 10;
              this.directive(start, this.src.slice(start, end), blank);
              continue; // redo
            }
            this.skipLine();
            continue; // redo
          }
          if (this.ch === 42) {
            this.nextch();
            this.skipComment();
            if (nlsemi && this.src.lastIndexOf('\n', this.r - this.chw - 1) >= this.offset) {
              this.lit = 'newline';
              this.tok = _Semi;
              break;
            }
            continue; // redo
          }
          this.op = Div;
          this.prec = precMul;
          this.assignop();
          break;
        case 37: // %
          this.nextch();
          this.op = Rem;
          this.prec = precMul;
          this.assignop();
          break;
        case 38: // &
          this.nextch();
          if (this.ch === 38) {
            this.nextch();
            this.op = AndAnd;
            this.prec = precAndAnd;
            this.tok = _Operator;
            break;
          }
          this.op = And;
          this.prec = precMul;
          if (this.ch === 94) {
            this.nextch();
            this.op = AndNot;
          }
          this.assignop();
          break;
        case 124: // |
          this.nextch();
          if (this.ch === 124) {
            this.nextch();
            this.op = OrOr;
            this.prec = precOrOr;
            this.tok = _Operator;
            break;
          }
          this.op = Or;
          this.prec = precAdd;
          this.assignop();
          break;
        case 94: // ^
          this.nextch();
          this.op = Xor;
          this.prec = precAdd;
          this.assignop();
          break;
        case 60: // <
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.op = Leq;
            this.prec = precCmp;
            this.tok = _Operator;
            break;
          }
          if (this.ch === 60) {
            this.nextch();
            this.op = Shl;
            this.prec = precMul;
            this.assignop();
            break;
          }
          if (this.ch === 45) {
            this.nextch();
            this.tok = _Arrow;
            break;
          }
          this.op = Lss;
          this.prec = precCmp;
          this.tok = _Operator;
          break;
        case 62: // >
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.op = Geq;
            this.prec = precCmp;
            this.tok = _Operator;
            break;
          }
          if (this.ch === 62) {
            this.nextch();
            this.op = Shr;
            this.prec = precMul;
            this.assignop();
            break;
          }
          this.op = Gtr;
          this.prec = precCmp;
          this.tok = _Operator;
          break;
        case 61: // =
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.op = Eql;
            this.prec = precCmp;
            this.tok = _Operator;
            break;
          }
          this.tok = _Assign;
          break;
        case 33: // !
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.op = Neq;
            this.prec = precCmp;
            this.tok = _Operator;
            break;
          }
          this.op = Not;
          this.prec = 0;
          this.tok = _Operator;
          break;
        case 126: // ~
          this.nextch();
          this.op = Tilde;
          this.prec = 0;
          this.tok = _Operator;
          break;
        default:
          this.errorf(`invalid character ${formatU(ch)}`);
          this.nextch();
          continue; // redo
      }
      return;
    }
  }

  private assignop(): void {
    if (this.ch === 61) {
      this.nextch();
      this.tok = _AssignOp;
      return;
    }
    this.tok = _Operator;
  }

  private scanIdent(): void {
    while (isLetter(this.ch) || isDecimal(this.ch)) this.nextch();
    if (this.ch >= 0x80) {
      while (this.atIdentChar(false)) this.nextch();
    }
    const lit = this.segment();
    if (lit.length >= 2) {
      const tok = keywords.get(lit);
      if (tok !== undefined) {
        this.nlsemi = tok === _Break || tok === _Continue || tok === _Fallthrough || tok === _Return;
        this.tok = tok;
        return;
      }
    }
    this.nlsemi = true;
    this.lit = lit;
    this.tok = _Name;
  }

  private atIdentChar(first: boolean): boolean {
    const ch = this.ch;
    if (ch === 95 || isUnicodeLetter(ch)) return true;
    if (isUnicodeDigit(ch)) {
      if (first) this.errorf(`identifier cannot begin with digit ${formatU(ch)}`);
      return true;
    }
    if (ch >= 0x80) {
      this.errorf(`invalid character ${formatU(ch)} in identifier`);
      return true;
    }
    return false;
  }

  // digits accepts the sequence { digit | '_' }; it returns bit 0 set if a digit was
  // seen and bit 1 set if a '_' was; invalid.i records the first digit ≥ base.
  private digits(base: number, invalid: { i: number } | null): number {
    let digsep = 0;
    if (base <= 10) {
      const max = 48 + base;
      while (isDecimal(this.ch) || this.ch === 95) {
        let ds = 1;
        if (this.ch === 95) ds = 2;
        else if (this.ch >= max && invalid !== null && invalid.i < 0) invalid.i = this.chOffset() - this.offset;
        digsep |= ds;
        this.nextch();
      }
    } else {
      while (isHex(this.ch) || this.ch === 95) {
        digsep |= this.ch === 95 ? 2 : 1;
        this.nextch();
      }
    }
    return digsep;
  }

  private number(seenPoint: boolean): void {
    let ok = true;
    let kind = IntLit;
    let base = 10; // number base
    let prefix = 0; // one of 0 (decimal), '0' (0-octal), 'x', 'o', or 'b'
    let digsep = 0; // bit 0: digit present, bit 1: '_' present
    const invalid = { i: -1 }; // index of invalid digit in literal, or < 0

    if (!seenPoint) {
      if (this.ch === 48) {
        this.nextch();
        switch (lower(this.ch)) {
          case 120: // x
            this.nextch();
            base = 16;
            prefix = 120;
            break;
          case 111: // o
            this.nextch();
            base = 8;
            prefix = 111;
            break;
          case 98: // b
            this.nextch();
            base = 2;
            prefix = 98;
            break;
          default:
            base = 8;
            prefix = 48;
            digsep = 1; // leading 0
        }
      }
      digsep |= this.digits(base, invalid);
      if (this.ch === 46) {
        if (prefix === 111 || prefix === 98) {
          this.errorf(`invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.nextch();
        seenPoint = true;
      }
    }

    if (seenPoint) {
      kind = FloatLit;
      digsep |= this.digits(base, invalid);
    }

    if ((digsep & 1) === 0 && ok) {
      this.errorf(`${baseName(base)} literal has no digits`);
      ok = false;
    }

    const e = lower(this.ch);
    if (e === 101 || e === 112) {
      if (ok) {
        if (e === 101 && prefix !== 0 && prefix !== 48) {
          this.errorf(`${quoteRune(this.ch)} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 112 && prefix !== 120) {
          this.errorf(`${quoteRune(this.ch)} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.nextch();
      kind = FloatLit;
      if (this.ch === 43 || this.ch === 45) this.nextch();
      digsep = this.digits(10, null) | (digsep & 2); // don't lose sep bit
      if ((digsep & 1) === 0 && ok) {
        this.errorf('exponent has no digits');
        ok = false;
      }
    } else if (prefix === 120 && kind === FloatLit && ok) {
      this.errorf("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }

    if (this.ch === 105) {
      kind = ImagLit;
      this.nextch();
    }

    this.setLit(kind, ok);

    if (kind === IntLit && invalid.i >= 0 && ok) {
      this.errorAtf(invalid.i, `invalid digit ${quoteRune(this.lit.charCodeAt(invalid.i))} in ${baseName(base)} literal`);
      ok = false;
    }

    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.errorAtf(i, "'_' must separate successive digits");
        ok = false;
      }
    }

    this.bad = !ok;
  }

  private rune(): void {
    let ok = true;
    this.nextch();
    for (let n = 0; ; n++) {
      if (this.ch === 39) {
        if (ok) {
          if (n === 0) {
            this.errorf("empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.errorAtf(0, 'more than one character in rune literal');
            ok = false;
          }
        }
        this.nextch();
        break;
      }
      if (this.ch === 92) {
        this.nextch();
        if (!this.escape(39)) ok = false;
        continue;
      }
      if (this.ch === 10) {
        if (ok) {
          this.errorf('newline in rune literal');
          ok = false;
        }
        break;
      }
      if (this.ch < 0) {
        if (ok) {
          this.errorAtf(0, 'rune literal not terminated');
          ok = false;
        }
        break;
      }
      this.nextch();
    }
    this.setLit(RuneLit, ok);
  }

  private stdString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 34) {
        this.nextch();
        break;
      }
      if (this.ch === 92) {
        this.nextch();
        if (!this.escape(34)) ok = false;
        continue;
      }
      if (this.ch === 10) {
        this.errorf('newline in string');
        ok = false;
        break;
      }
      if (this.ch < 0) {
        this.errorAtf(0, 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.setLit(StringLit, ok);
  }

  private rawString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 96) {
        this.nextch();
        break;
      }
      if (this.ch < 0) {
        this.errorAtf(0, 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.setLit(StringLit, ok);
  }

  private skipLine(): void {
    // fast path: jump to the next newline (comments hold no NULs we must report? they
    // do: gc reads comments through nextch too, so fall back to nextch on odd bytes)
    while (this.ch >= 0 && this.ch !== 10) {
      if (this.ch < 0x80 && this.ch !== 0) {
        const nl = this.src.indexOf('\n', this.r);
        const stop = nl < 0 ? this.src.length : nl;
        let i = this.r;
        while (i < stop) {
          const c = this.src.charCodeAt(i);
          if (c === 0 || c >= 0x80) break;
          i++;
        }
        if (i > this.r) {
          this.r = i;
          this.chw = 0;
          this.nextch();
          continue;
        }
      }
      this.nextch();
    }
  }

  private skipComment(): boolean {
    while (this.ch >= 0) {
      while (this.ch === 42) {
        this.nextch();
        if ((this.ch as number) === 47) {
          this.nextch();
          return true;
        }
      }
      this.nextch();
    }
    this.errorAtf(0, 'comment not terminated');
    return false;
  }

  private escape(quote: number): boolean {
    let n: number;
    let base: number;
    let max: number;
    switch (this.ch) {
      case quote: case 97: case 98: case 102: case 110: case 114: case 116: case 118: case 92:
        this.nextch();
        return true;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55:
        n = 3; base = 8; max = 255;
        break;
      case 120: // x
        this.nextch();
        n = 2; base = 16; max = 255;
        break;
      case 117: // u
        this.nextch();
        n = 4; base = 16; max = 0x10ffff;
        break;
      case 85: // U
        this.nextch();
        n = 8; base = 16; max = 0x10ffff;
        break;
      default:
        if (this.ch < 0) return true; // complain in caller about EOF
        this.errorf('unknown escape');
        return false;
    }

    let x = 0;
    for (let i = n; i > 0; i--) {
      if (this.ch < 0) return true; // complain in caller about EOF
      let d = base;
      if (isDecimal(this.ch)) d = this.ch - 48;
      else if (lower(this.ch) >= 97 && lower(this.ch) <= 102) d = lower(this.ch) - 97 + 10;
      if (d >= base) {
        this.errorf(`invalid character ${quoteRune(this.ch)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.nextch();
    }

    if (x > max && base === 8) {
      this.errorf(`octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errorf(`escape is invalid Unicode code point ${formatU(x)}`);
      return false;
    }
    return true;
  }
}

function lower(ch: number): number {
  return 0x20 | ch; // lower-case ch iff ch is ASCII letter
}

export function isLetter(ch: number): boolean {
  const l = 0x20 | ch;
  return (l >= 97 && l <= 122) || ch === 95;
}

export function isDecimal(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

function isHex(ch: number): boolean {
  const l = 0x20 | ch;
  return (ch >= 48 && ch <= 57) || (l >= 97 && l <= 102);
}

const letterRe = /^\p{L}$/u;
const digitRe = /^\p{Nd}$/u;
const printRe = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function isUnicodeLetter(ch: number): boolean {
  if (ch < 0x80) return isLetter(ch) && ch !== 95;
  return ch <= 0x10ffff && letterRe.test(String.fromCodePoint(ch));
}

function isUnicodeDigit(ch: number): boolean {
  if (ch < 0x80) return isDecimal(ch);
  return ch <= 0x10ffff && digitRe.test(String.fromCodePoint(ch));
}

/** strconv.IsPrint. */
export function isPrint(r: number): boolean {
  if (r === 0x20) return true;
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return false;
  return printRe.test(String.fromCodePoint(r));
}

function hex(x: number, width: number): string {
  return x.toString(16).toUpperCase().padStart(width, '0');
}

/** fmt's %#U: `U+0040 '@'` (the character only when printable). */
export function formatU(r: number): string {
  const u = `U+${hex(r, 4)}`;
  return isPrint(r) ? `${u} '${utf8Bytes(r)}'` : u;
}

/** The UTF-8 encoding of rune r as a byte string (messages are byte strings too). */
function utf8Bytes(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 63));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 63), 0x80 | (r & 63));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 63), 0x80 | ((r >> 6) & 63), 0x80 | (r & 63));
}

/** strconv.QuoteRune (fmt's %q for a rune), as a byte string. */
export function quoteRune(r: number): string {
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000) || r < 0) r = RuneError;
  if (r === 39) return "'\\''";
  if (r === 92) return "'\\\\'";
  if (isPrint(r)) return `'${utf8Bytes(r)}'`;
  switch (r) {
    case 7: return "'\\a'";
    case 8: return "'\\b'";
    case 12: return "'\\f'";
    case 10: return "'\\n'";
    case 13: return "'\\r'";
    case 9: return "'\\t'";
    case 11: return "'\\v'";
  }
  if (r < 0x20 || r === 0x7f) return `'\\x${hex(r, 2).toLowerCase()}'`;
  if (r < 0x10000) return `'\\u${hex(r, 4).toLowerCase()}'`;
  return `'\\U${hex(r, 8).toLowerCase()}'`;
}

function baseName(base: number): string {
  switch (base) {
    case 2: return 'binary';
    case 8: return 'octal';
    case 10: return 'decimal';
    default: return 'hexadecimal';
  }
}

// invalidSep returns the index of the first invalid separator in x, or -1.
function invalidSep(x: string): number {
  let x1 = 32; // prefix char, we only care if it's 'x'
  let d = 46; // digit, one of '_', '0' (a digit), or '.' (anything else)
  let i = 0;

  if (x.length >= 2 && x.charCodeAt(0) === 48) {
    x1 = lower(x.charCodeAt(1));
    if (x1 === 120 || x1 === 111 || x1 === 98) {
      d = 48;
      i = 2;
    }
  }

  for (; i < x.length; i++) {
    const p = d; // previous digit
    d = x.charCodeAt(i);
    if (d === 95) {
      if (p !== 48) return i;
    } else if (isDecimal(d) || (x1 === 120 && isHex(d))) {
      d = 48;
    } else {
      if (p === 95) return i - 1;
      d = 46;
    }
  }
  if (d === 95) return x.length - 1;
  return -1;
}

/**
 * utf8.DecodeRune on a byte string at offset i: returns (rune << 3) | width, with
 * (RuneError, 1) for invalid encodings (overlong forms, surrogates, > U+10FFFF, truncation).
 */
export function decodeRune(s: string, i: number): number {
  const n = s.length;
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) return (c0 << 3) | 1;
  const bad = (RuneError << 3) | 1;
  if (c0 < 0xc2 || c0 > 0xf4) return bad;
  const c1 = i + 1 < n ? s.charCodeAt(i + 1) : -1;
  if (c0 < 0xe0) {
    if (c1 < 0x80 || c1 > 0xbf) return bad;
    return ((((c0 & 0x1f) << 6) | (c1 & 0x3f)) << 3) | 2;
  }
  let lo = 0x80;
  let hi = 0xbf;
  if (c0 === 0xe0) lo = 0xa0;
  else if (c0 === 0xed) hi = 0x9f;
  else if (c0 === 0xf0) lo = 0x90;
  else if (c0 === 0xf4) hi = 0x8f;
  if (c1 < lo || c1 > hi) return bad;
  const c2 = i + 2 < n ? s.charCodeAt(i + 2) : -1;
  if (c2 < 0x80 || c2 > 0xbf) return bad;
  if (c0 < 0xf0) return ((((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f)) << 3) | 3;
  const c3 = i + 3 < n ? s.charCodeAt(i + 3) : -1;
  if (c3 < 0x80 || c3 > 0xbf) return bad;
  return ((((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f)) * 8) + 4;
}
