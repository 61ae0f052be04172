// The go command's own look at a file before it runs the compiler: `go build` reads the
// package clause and imports of every file (go1.27 go/build/read.go readGoInfo: a byte
// level importReader finds the header, then go/parser.ParseFile with ImportsOnly parses
// it) and, when that fails, prints only the first error, as
// `prog.go:L:C: message` (no `# command-line-arguments` header, no `./`), exit status 1
// (cmd/go/internal/load/pkg.go: "Take only the first error from a scanner.ErrorList").
//
// loadError follows that path: importReader, then a small port of go/scanner and of
// go/parser's parseFile / parseGenDecl / parseImportSpec for the header. It reports the
// first error by position (go/scanner.ErrorList order: line, column, message).
// Not modelled: escape-sequence and number errors inside the header, NUL bytes.

import { DEFAULT_GO, type Diagnostic, type GoVersion } from '../api.ts';
import { position, lineTable } from './ast.ts';
import { decodeRune, formatU } from './scanner.ts';
import { utf8Decode } from './text.ts';

/** The error `go build` prints before compiling (first one only), or null. */
export function loadError(src: string, filename: string, go: GoVersion = DEFAULT_GO): Diagnostic | null {
  const header = readGoInfoHeader(src);
  if (header === null) return null;
  const errs = parseHeader(header, Number(go.split('.')[1]));
  if (errs.length === 0) return null;
  // go/token ignores a line start at the very end of the file (a final newline does
  // not begin a line), so EOF after "...\n" is still on the last line.
  const lines = lineTable(src);
  if (lines.length > 1 && lines[lines.length - 1] === src.length) lines.pop();
  const ps = errs.map((e) => ({ ...position(lines, e.offset), msg: e.msg }));
  ps.sort((a, b) => a.line - b.line || a.col - b.col || (a.msg < b.msg ? -1 : a.msg > b.msg ? 1 : 0));
  const first = ps[0];
  return { file: filename, line: first.line, col: first.col, message: utf8Decode(first.msg) };
}

// ---------------------------------------------------------------------------
// go/build importReader: the header is the package clause and imports; after a
// syntax error the whole file is handed to go/parser. Returns null for NUL bytes
// (the go command then reports something else; left to gc's "invalid NUL character").

function isIdentByte(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 0x80;
}

function readGoInfoHeader(src: string): string | null {
  let i = 0; // next byte to read
  let peek = -1; // peeked byte, or -1
  let err = false; // syntax error
  let eof = false;
  const n = src.length;
  if (src.indexOf('\0') >= 0) return null;

  const readByte = (): number => {
    if (i >= n) {
      eof = true;
      return 0;
    }
    return src.charCodeAt(i++);
  };
  const peekByte = (skipSpace: boolean): number => {
    if (err) return 0;
    // Use peek as first input byte (it may have been left by peekByte(false)).
    let c = peek >= 0 ? peek : readByte();
    peek = -1;
    while (!err && !eof) {
      if (skipSpace) {
        if (c === 32 || c === 12 || c === 9 || c === 13 || c === 10 || c === 59) {
          c = readByte();
          continue;
        }
        if (c === 47) {
          c = readByte();
          if (c === 47) {
            while (c !== 10 && !err && !eof) c = readByte();
          } else if (c === 42) {
            let c1 = 0;
            while ((c !== 42 || c1 !== 47) && !err) {
              if (eof) err = true;
              c = c1;
              c1 = readByte();
            }
          } else {
            err = true;
          }
          c = readByte();
          continue;
        }
      }
      break;
    }
    peek = c;
    return c;
  };
  const nextByte = (skipSpace: boolean): number => {
    const c = peekByte(skipSpace);
    peek = -1;
    return c;
  };
  const readKeyword = (kw: string): void => {
    peekByte(true);
    for (let k = 0; k < kw.length; k++) {
      if (nextByte(false) !== kw.charCodeAt(k)) {
        err = true;
        return;
      }
    }
    if (isIdentByte(peekByte(false))) err = true;
  };
  const readIdent = (): void => {
    const c = peekByte(true);
    if (!isIdentByte(c)) {
      err = true;
      return;
    }
    while (isIdentByte(peekByte(false))) peek = -1;
  };
  const readString = (): void => {
    switch (nextByte(true)) {
      case 96:
        while (!err) {
          if (nextByte(false) === 96) break;
          if (eof) err = true;
        }
        break;
      case 34:
        while (!err) {
          const c = nextByte(false);
          if (c === 34) break;
          if (eof || c === 10) err = true;
          if (c === 92) nextByte(false);
        }
        break;
      default:
        err = true;
    }
  };
  const readImport = (): void => {
    const c = peekByte(true);
    if (c === 46) peek = -1;
    else if (isIdentByte(c)) readIdent();
    readString();
  };

  readKeyword('package');
  readIdent();
  while (peekByte(true) === 105) {
    readKeyword('import');
    if (peekByte(true) === 40) {
      nextByte(false);
      while (peekByte(true) !== 41 && !err) readImport();
      nextByte(false);
    } else {
      readImport();
    }
  }
  if (err) return src; // consume the whole file so go/parser reports the error
  // all but the last byte read, which told us we were done
  return eof ? src.slice(0, i) : src.slice(0, i - 1);
}

// ---------------------------------------------------------------------------
// go/scanner (the parts a file header can exercise) and go/parser's header rules.

const IDENT = 'IDENT', INT = 'INT', STRING = 'STRING', CHAR = 'CHAR', SEMI = ';', EOF = 'EOF', ILLEGAL = 'ILLEGAL';
const literalToks = new Set([IDENT, INT, 'FLOAT', 'IMAG', CHAR, STRING]);
const keywords = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto',
  'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);
const operators = [
  '<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '&^', '+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '=', '!', '~', '(', ')', '[',
  ']', '{', '}', ',', ';', '.', ':',
];

interface HeaderError {
  offset: number;
  msg: string;
}

function parseHeader(src: string, v: number): HeaderError[] {
  const errs: HeaderError[] = [];
  let i = 0;
  let insertSemi = false;
  let tok = '';
  let lit = '';
  let pos = 0;
  if (src.startsWith('\u00ef\u00bb\u00bf')) i = 3; // BOM

  const scan = (): void => {
    for (;;) {
      while (i < src.length) {
        const c = src.charCodeAt(i);
        if (c === 32 || c === 9 || c === 13 || (c === 10 && !insertSemi)) i++;
        else break;
      }
      pos = i;
      if (i >= src.length) {
        if (insertSemi) {
          insertSemi = false;
          tok = SEMI;
          lit = '\n';
          return;
        }
        tok = EOF;
        lit = '';
        return;
      }
      const c = src.charCodeAt(i);
      const semi = insertSemi;
      insertSemi = false;
      if (c === 10) {
        i++;
        tok = SEMI;
        lit = '\n';
        return;
      }
      if (c === 47 && (src.charCodeAt(i + 1) === 47 || src.charCodeAt(i + 1) === 42)) {
        // comment; after a token that ends a statement, the newline in or after it
        // becomes a semicolon positioned at that newline (go1.19: at the comment)
        const start = i;
        let nl: number;
        if (src.charCodeAt(i + 1) === 47) {
          const end = src.indexOf('\n', i);
          nl = end;
          i = end < 0 ? src.length : end;
        } else {
          const end = src.indexOf('*/', i + 2);
          if (end < 0) {
            errs.push({ offset: i, msg: 'comment not terminated' });
            nl = -1;
            i = src.length;
          } else {
            const k = src.indexOf('\n', i);
            nl = k >= 0 && k < end ? k : -1;
            i = end + 2;
          }
        }
        if (semi && nl >= 0) {
          tok = SEMI;
          lit = '\n';
          pos = v <= 19 ? start : nl;
          return;
        }
        insertSemi = semi;
        continue;
      }
      if (isIdentByte(c) && !(c >= 48 && c <= 57)) {
        let j = i;
        while (j < src.length && isIdentByte(src.charCodeAt(j))) j++;
        lit = src.slice(i, j);
        i = j;
        if (keywords.has(lit)) {
          tok = lit;
          insertSemi = lit === 'break' || lit === 'continue' || lit === 'fallthrough' || lit === 'return';
        } else {
          tok = IDENT;
          insertSemi = true;
        }
        return;
      }
      if (c >= 48 && c <= 57) {
        let j = i;
        while (j < src.length && /[0-9a-zA-Z_.]/.test(src[j])) j++;
        lit = src.slice(i, j);
        i = j;
        tok = INT;
        insertSemi = true;
        return;
      }
      if (c === 34 || c === 96 || c === 39) {
        let j = i + 1;
        let ok = false;
        while (j < src.length) {
          const d = src.charCodeAt(j);
          if (d === c) {
            ok = true;
            j++;
            break;
          }
          if (c !== 96 && d === 10) break;
          if (c !== 96 && d === 92) j++;
          j++;
        }
        if (!ok) {
          errs.push({ offset: i, msg: c === 96 ? 'raw string literal not terminated' : c === 34 ? 'string literal not terminated' : 'rune literal not terminated' });
          j = Math.min(j, src.length);
        }
        lit = src.slice(i, j);
        i = j;
        tok = c === 39 ? CHAR : STRING;
        insertSemi = true;
        return;
      }
      const op = operators.find((o) => src.startsWith(o, i));
      if (op !== undefined) {
        i += op.length;
        tok = op;
        lit = op === ';' ? ';' : '';
        insertSemi = op === ')' || op === ']' || op === '}' || op === '++' || op === '--';
        return;
      }
      // illegal character
      const rw = decodeRune(src, i);
      const r = rw >>> 3;
      const w = rw & 7;
      errs.push({ offset: i, msg: r === 0xfffd && w === 1 ? 'illegal UTF-8 encoding' : `illegal character ${formatU(r)}` });
      i += w;
      tok = ILLEGAL;
      lit = src.slice(i - w, i);
      insertSemi = semi;
      return;
    }
  };

  class Bail {}
  const parserError = (offset: number, msg: string): never => {
    errs.push({ offset, msg });
    throw new Bail();
  };
  const errorExpected = (what: string): never => {
    let msg = 'expected ' + what;
    if (tok === SEMI && lit === '\n') msg += ', found newline';
    else if (literalToks.has(tok)) msg += ', found ' + lit;
    else msg += ", found '" + tok + "'";
    return parserError(pos, msg);
  };
  const expect = (t: string): void => {
    if (tok !== t) errorExpected(`'${t}'`);
    scan();
  };
  const expectSemi = (): void => {
    if (tok === ')' || tok === '}') return;
    if (tok === ',') errorExpected("';'");
    if (tok === SEMI) {
      scan();
      return;
    }
    errorExpected("';'");
  };
  const importSpec = (): void => {
    if (tok === IDENT || tok === '.') scan();
    if (tok === STRING) scan();
    else if (v <= 19) expect(STRING); // go1.19: "expected 'STRING', found ..."
    else if (literalToks.has(tok)) parserError(pos, 'import path must be a string');
    else parserError(pos, 'missing import path');
    expectSemi();
  };

  try {
    scan();
    expect('package');
    if (tok === IDENT) scan();
    else expect(IDENT);
    expectSemi();
    if (errs.length > 0) return errs;
    const cur = (): string => tok; // read through a call: scan() changes tok
    while (cur() === 'import') {
      scan();
      if (cur() === '(') {
        scan();
        while (cur() !== ')' && cur() !== EOF) importSpec();
        expect(')');
        expectSemi();
      } else {
        importSpec();
      }
    }
  } catch (e) {
    if (!(e instanceof Bail)) throw e;
  }
  return errs;
}
