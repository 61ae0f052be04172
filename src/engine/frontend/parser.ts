// The Go parser, following go1.27 cmd/compile/internal/syntax/parser.go (gc's parser,
// not go/parser): the same recursive descent, the same error recovery (advance with
// follow sets and the statement stopset), the same messages at the same positions, so
// `go build`'s syntax errors are reproduced byte for byte. It builds go/ast-shaped
// nodes (ast.ts) instead of gc's syntax nodes; where gc's parser inspects its own node
// shapes (ListExpr, Operation, TypeSwitchGuard, RangeClause, DotsType) the equivalent
// test is made on the go/ast shape. Method names are gc's (fileOrNil, pexpr, header...).
//
// Deliberate differences: pragmas and //line directives are ignored; the error
// handler is base.ErrorfAt's filtering (errors.ts), and parsing stops once gc would
// have exited after 10 errors.

import { DEFAULT_GO, type Diagnostic, type GoVersion } from '../api.ts';
import * as ast from './ast.ts';
import { lineTable, position, syntaxPos } from './ast.ts';
import { checkBranches } from './branches.ts';
import { ErrorList, maxErrors } from './errors.ts';
import { loadError } from './gocmd.ts';
import { exprListString, exprString, stmtString } from './printer.ts';
import { Scanner } from './scanner.ts';
import { utf8Decode, utf8Encode } from './text.ts';
import {
  type token,
  _EOF, _Name, _Literal, _Operator, _AssignOp, _IncOp, _Assign, _Define, _Arrow, _Star,
  _Lparen, _Lbrack, _Lbrace, _Rparen, _Rbrack, _Rbrace, _Comma, _Semi, _Colon, _Dot, _DotDotDot,
  _Break, _Case, _Chan, _Const, _Continue, _Default, _Defer, _Else, _Fallthrough, _For, _Func,
  _Go, _Goto, _If, _Import, _Interface, _Map, _Package, _Range, _Return, _Select, _Struct,
  _Switch, _Type, _Var,
  IntLit, FloatLit, ImagLit, RuneLit,
  Add, Sub, Mul, And, Xor, Not, Or, Tilde,
  operatorString, tokenString,
} from './token.ts';

export interface ParseResult {
  file: ast.File;
  /** What `go build` prints for this file's parse phase (sorted, filtered, capped at 10). */
  diagnostics: Diagnostic[];
  /**
   * True when gc stops after parsing: a syntax error was reported, the package clause
   * failed, or 10 errors were reached. Otherwise gc type-checks the file even if
   * `diagnostics` holds non-syntax errors (e.g. `invalid character`), and their output
   * is merged with the checker's: keep adding to `errors`.
   */
  stop: boolean;
  /** The live error list (base.ErrorfAt semantics) to keep feeding with checker errors. */
  errors: ErrorList;
  /**
   * Set when `go build` fails before running the compiler because the go command cannot
   * read the package clause or imports (gocmd.ts). It then prints only this, as
   * `prog.go:L:C: message` (no header, no `./`), and exits 1; `diagnostics` is what the
   * compiler would have said and is not printed.
   */
  loadError: Diagnostic | null;
}

export interface ParseOptions {
  /** Report all errors instead of stopping after 10 (gc's -e flag, used by Go's errorcheck tests). */
  allErrors?: boolean;
  /**
   * The Go release whose parser to follow (default 1.27). Older parsers word some
   * errors differently (`expecting` before 1.20, no `name`/`keyword` before 1.23/1.24)
   * and check a few things differently; see "Versions" in index.ts.
   */
  go?: GoVersion;
  /** Compiling the standard library (gc's -std): directive checks as for std packages. */
  std?: boolean;
  /** Compiling the runtime: runtime-only directives (//go:systemstack, ...) allowed. */
  runtime?: boolean;
}

/** Parses a Go source file given as ordinary JS text (encoded to UTF-8 first). */
export function parseFile(src: string, filename = 'prog.go', opts: ParseOptions = {}): ParseResult {
  return parseBytes(utf8Encode(src), filename, opts);
}

/** Parses a Go source file given as a byte string (one char code per UTF-8 byte). */
export function parseBytes(src: string, filename = 'prog.go', opts: ParseOptions = {}): ParseResult {
  const p = new Parser(src, filename, opts.allErrors === true ? Infinity : maxErrors, opts.go ?? DEFAULT_GO);
  p.std = opts.std === true;
  p.compilingRuntime = opts.runtime === true;
  let file: ast.File;
  try {
    file = p.fileOrNil();
  } catch (e) {
    if (e instanceof RangeError) {
      // The JS stack ran out (thousands of nested parentheses or blocks); gc's growable
      // stacks would cope, so say plainly that we do not, at the token we stopped on.
      p.stop = true;
      try {
        p.errorAt(p.offset, 'not supported by Go Map Lab: constructs nested this deeply');
      } catch (e2) {
        if (e2 !== bailout) throw e2;
      }
    } else if (e !== bailout) {
      throw e;
    }
    file = p.emptyFile();
  }
  const errors = p.errors;
  const load = loadError(src, filename, opts.go ?? DEFAULT_GO);
  return {
    file, diagnostics: errors.diagnostics(), stop: load !== null || p.stop || errors.syntaxErrors > 0 || errors.done, errors, loadError: load,
  };
}

/** Thrown to stop parsing once gc would have exited (10 errors). */
const bailout = { bailout: true };

/** gc's *Field while parsing: one per name; names declared together share one type object. */
interface Field0 {
  pos: number;
  name: ast.Ident | null;
  type: ast.Expr | null;
  tag: ast.BasicLit | null;
}

/** gc's RangeClause, turned into an ast.RangeStmt by forStmt. */
interface RangeClause {
  kind: 'RangeClause';
  pos: number;
  lhs: ast.Expr[] | null;
  def: boolean;
  tokPos: number;
  x: ast.Expr;
}

/** The `[...]` after a name that turned out to be type arguments (arrayOrTArgs). */
interface TArgs {
  kind: 'TArgs';
  list: ast.Expr[];
  lbrack: number;
  rbrack: number;
}

type SimpleStmt = ast.Stmt | RangeClause;

/** Directives collected since the last declaration (gc: noder's *pragmas). */
interface Pragma {
  entries: { pos: number; verb: string; flag: boolean }[];
  embeds: number[];
}

// Directives with a pragma flag (go1.27 cmd/compile/internal/noder/lex.go pragmaFlag);
// only these are reported as misplaced.
const pragmaFlags = new Set([
  'go:build', 'go:noescape', 'go:norace', 'go:nosplit', 'go:noinline', 'go:nocheckptr', 'go:systemstack',
  'go:nowritebarrier', 'go:nowritebarrierrec', 'go:yeswritebarrierrec', 'go:cgo_unsafe_args',
  'go:uintptrkeepalive', 'go:uintptrescapes', 'go:registerparams',
]);
const runtimePragmas = new Set(['go:systemstack', 'go:nowritebarrier', 'go:nowritebarrierrec', 'go:yeswritebarrierrec']);
// pragmas that are allowed in the std lib, but don't have a pragma flag (noder.go)
const allowedStdPragmas = new Set([
  'go:cgo_export_static', 'go:cgo_export_dynamic', 'go:cgo_import_static', 'go:cgo_import_dynamic', 'go:cgo_ldflag',
  'go:cgo_dynamic_linker', 'go:embed', 'go:fix', 'go:generate',
]);

// The stopset contains keywords that start a statement. They are good synchronization
// points in case of syntax errors and (usually) shouldn't be skipped over.
const stopset: readonly token[] = [
  _Break, _Const, _Continue, _Defer, _Fallthrough, _For, _Go, _Goto, _If, _Return, _Select, _Switch, _Type, _Var,
];

function litKind(kind: number): ast.LitKind {
  switch (kind) {
    case IntLit: return 'INT';
    case FloatLit: return 'FLOAT';
    case ImagLit: return 'IMAG';
    case RuneLit: return 'CHAR';
    default: return 'STRING';
  }
}

export function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

// isValue reports whether x syntactically must be a value (and not a type) expression.
function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr': case 'CallExpr':
      return true;
    case 'UnaryExpr': case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index);
    case 'IndexListExpr':
      return isValue(x.x);
  }
  return false;
}

// isTypeElem reports whether x is a (possibly parenthesized) type element expression.
function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return isTypeElem(x.x) || x.op === '~';
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}

function isGuard(x: ast.Expr): x is ast.TypeAssertExpr {
  return x.kind === 'TypeAssertExpr' && x.type === null;
}

export class Parser extends Scanner {
  readonly filename: string;
  readonly lines: number[];
  readonly errors: ErrorList;
  /** The package clause failed: gc does not continue past this file. */
  stop = false;
  /** Minor version of the Go release followed (19 .. 27). */
  private readonly v: number;
  /** gc's base.Flag.Std and base.Flag.CompilingRuntime (directive checks). */
  std = false;
  compilingRuntime = false;

  private first = false; // an error was reported
  private errcnt = 0; // number of errors encountered
  private fnest = 0; // function nesting level (for error handling)
  private xnest = 0; // expression nesting level (for complit ambiguity resolution)
  private nid = 0; // next node id
  private lastEnd = 0; // end offset of the last consumed token
  private readonly guardAssigns = new WeakSet<ast.Stmt>(); // `x := y.(type)` in a switch header
  private pragma: Pragma | null = null; // pragmas

  constructor(src: string, filename: string, limit = maxErrors, go: GoVersion = DEFAULT_GO) {
    super(src);
    this.filename = filename;
    this.v = Number(go.split('.')[1]);
    this.lines = lineTable(src);
    this.errors = new ErrorList(filename, limit);
    this.start();
    this.next();
  }

  // ---------------------------------------------------------------------------
  // Tokens and errors

  override next(): void {
    this.lastEnd = this.chOffset();
    super.next();
  }

  protected override errh(offset: number, msg: string): void {
    this.errorAt(offset, msg);
  }

  // ---------------------------------------------------------------------------
  // Pragmas: gc's scanner hands `//go:` comments to the noder's pragma handler
  // (go1.27 cmd/compile/internal/noder/noder.go pragma, checkUnusedDuringParse); the
  // parser attaches them to the next declaration or reports them as misplaced.

  protected override directive(pos: number, text: string, blank: boolean): void {
    this.pragma = this.pragh(pos, blank, text, this.pragma);
  }

  private pragh(pos: number, blankLine: boolean, text: string, old: Pragma | null): Pragma {
    const pragma = old ?? { entries: [], embeds: [] };
    if (!blankLine) {
      // directive must be on line by itself
      this.errorAt(pos, 'misplaced compiler directive');
      return pragma;
    }
    const f = text.split(/[ \t]+/).filter((x) => x !== '');
    if (text.startsWith('go:wasmimport ')) {
      if (f.length !== 3) this.errorAt(pos, 'usage: //go:wasmimport importmodule importname');
    } else if (text.startsWith('go:wasmexport ')) {
      if (f.length !== 2) this.errorAt(pos, 'usage: //go:wasmexport exportname');
    } else if (text.startsWith('go:linkname ') || text.startsWith('go:linknamestd ')) {
      if (f.length < 2 || f.length > 3) this.errorAt(pos, `usage: //${f[0]} localname [linkname]`);
    } else if (text === 'go:embed' || text.startsWith('go:embed ')) {
      if (f.length < 2) this.errorAt(pos, 'usage: //go:embed pattern...');
      else pragma.embeds.push(pos);
    } else if (text.startsWith('go:cgo_import_dynamic ') && f.length >= 4) {
      // cgo bookkeeping only
    } else {
      if (text.startsWith('go:cgo_') && !this.std) this.errorAt(pos, `//${text} only allowed in cgo-generated code`);
      const sp = text.indexOf(' ');
      const verb = sp >= 0 ? text.slice(0, sp) : text;
      const flag = pragmaFlags.has(verb);
      if (!this.compilingRuntime && runtimePragmas.has(verb)) this.errorAt(pos, `//${verb} only allowed in runtime`);
      if (verb === 'go:uintptrkeepalive' && !this.std) this.errorAt(pos, `//${verb} is only allowed in the standard library`);
      if (!flag && !allowedStdPragmas.has(verb) && this.std) this.errorAt(pos, `//${verb} is not allowed in the standard library`);
      pragma.entries.push({ pos, verb, flag });
    }
    return pragma;
  }

  // takePragma returns the current parsed pragmas and clears them from the parser state.
  private takePragma(): string[] {
    const prag = this.pragma;
    this.pragma = null;
    return prag === null ? [] : prag.entries.map((e) => e.verb);
  }

  // clearPragma is called at the end of a statement or other Go form that does NOT
  // accept a pragma: pragmas with a flag are reported as misplaced.
  private clearPragma(): void {
    const prag = this.pragma;
    if (prag === null) return;
    this.pragma = null;
    for (const e of prag.entries) if (e.flag) this.errorAt(e.pos, 'misplaced compiler directive');
    for (const pos of prag.embeds) this.errorAt(pos, 'misplaced go:embed directive');
  }

  private got(tok: token): boolean {
    if (this.tok === tok) {
      this.next();
      return true;
    }
    return false;
  }

  private want(tok: token): void {
    if (!this.got(tok)) {
      this.syntaxError(this.exp(this.tokstring(tok)));
      this.advance();
    }
  }

  // gotAssign is like got(_Assign) but it also accepts ":=" (and reports an error).
  private gotAssign(): boolean {
    switch (this.tok) {
      case _Define:
        this.syntaxError(this.exp('='));
        this.next();
        return true;
      case _Assign:
        this.next();
        return true;
    }
    return false;
  }

  errorAt(offset: number, msg: string): void {
    this.first = true;
    this.errcnt++;
    const { line, col } = position(this.lines, offset);
    if (!this.errors.add(line, col, utf8Decode(msg))) throw bailout;
  }

  private syntaxErrorAt(pos: number, msg: string): void {
    if (this.tok === _EOF && this.first) return; // avoid meaningless follow-up errors

    // add punctuation etc. as needed to msg
    if (msg === '') {
      // nothing to do
    } else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
      msg = ' ' + msg;
    } else if (msg.startsWith(this.exp(''))) {
      msg = ', ' + msg;
    } else {
      // plain error - we don't care about current token
      this.errorAt(pos, 'syntax error: ' + msg);
      return;
    }

    // determine token string
    let tok: string;
    switch (this.tok) {
      case _Name:
        tok = this.v >= 23 ? 'name ' + this.lit : this.lit;
        break;
      case _Semi:
        tok = this.lit;
        break;
      case _Literal:
        tok = 'literal ' + this.lit;
        break;
      case _Operator:
        tok = operatorString(this.op);
        break;
      case _AssignOp:
        tok = operatorString(this.op) + '=';
        break;
      case _IncOp:
        tok = operatorString(this.op);
        tok += tok;
        break;
      default:
        tok = this.tokstring(this.tok);
    }
    this.errorAt(pos, 'syntax error: unexpected ' + tok + msg);
  }

  /** A position as gc prints it inside messages: `./prog.go:5:4`. */
  posString(offset: number): string {
    const { line, col } = position(this.lines, offset);
    return `./${this.filename}:${line}:${col}`;
  }

  // tokstring returns the English word for selected punctuation tokens for more
  // readable error messages (keywords are prefixed with "keyword" from go1.24).
  private tokstring(tok: token): string {
    switch (tok) {
      case _Comma: return 'comma';
      case _Semi: return 'semicolon or newline';
    }
    const s = tokenString(tok);
    if (this.v >= 24 && tok >= _Break && tok <= _Var) return 'keyword ' + s;
    return s;
  }

  /** "expected X" (go1.20+) or "expecting X" (go1.19 and before). */
  private exp(what: string): string {
    return (this.v <= 19 ? 'expecting ' : 'expected ') + what;
  }

  private error(msg: string): void {
    this.errorAt(this.offset, msg);
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.offset, msg);
  }

  // advance consumes tokens until it finds a token of the stopset or followlist.
  // The stopset is only considered if we are inside a function (fnest > 0).
  // If followlist is empty, exactly one (non-EOF) token is consumed.
  private advance(...followlist: token[]): void {
    if (followlist.length === 0) {
      if (this.tok !== _EOF) this.next();
      return;
    }
    const inFunc = this.fnest > 0;
    while (this.tok !== _EOF && !followlist.includes(this.tok) && !(inFunc && stopset.includes(this.tok))) {
      this.next();
    }
  }

  // ---------------------------------------------------------------------------
  // Node construction

  private ident(pos: number, name: string): ast.Ident {
    return { kind: 'Ident', id: this.nid++, pos, end: pos + name.length, name };
  }

  private badExpr(): ast.BadExpr {
    return { kind: 'BadExpr', id: this.nid++, pos: this.offset, end: this.offset };
  }

  private badExprAt(pos: number): ast.BadExpr {
    return { kind: 'BadExpr', id: this.nid++, pos, end: pos };
  }

  emptyFile(): ast.File {
    return {
      kind: 'File', id: this.nid++, pos: 0, end: this.src.length, filename: this.filename, src: this.src,
      lines: this.lines, package: 0, name: this.ident(0, '_'), decls: [], imports: [], nodeCount: this.nid + 1,
    };
  }

  private fieldList(opening: number, raw: Field0[], closing: number, pos: number): ast.FieldList {
    const list: ast.Field[] = [];
    let last: ast.Field | null = null;
    for (const f of raw) {
      const type = f.type ?? this.badExprAt(f.pos);
      if (last !== null && f.name !== null && last.names.length > 0 && last.type === type && last.tag === f.tag) {
        last.names.push(f.name);
        continue;
      }
      const end = Math.max(type.end, f.tag !== null ? f.tag.end : 0, f.name !== null ? f.name.end : 0);
      last = { kind: 'Field', id: this.nid++, pos: f.pos, end, names: f.name !== null ? [f.name] : [], type, tag: f.tag };
      list.push(last);
    }
    const end = closing >= 0 ? closing + 1 : list.length > 0 ? list[list.length - 1].end : pos;
    return { kind: 'FieldList', id: this.nid++, pos, end: Math.max(end, pos), opening, list, closing };
  }

  private indexOf(x: ast.Expr, list: ast.Expr[], lbrack: number, rbrack: number): ast.Expr {
    const end = Math.max(this.lastEnd, x.end);
    if (list.length === 1) {
      return { kind: 'IndexExpr', id: this.nid++, pos: x.pos, end, x, index: list[0], lbrack, rbrack };
    }
    return { kind: 'IndexListExpr', id: this.nid++, pos: x.pos, end, x, indices: list, lbrack, rbrack };
  }

  // ---------------------------------------------------------------------------
  // Package files

  // SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
  fileOrNil(): ast.File {
    const file: ast.File = {
      kind: 'File', id: this.nid++, pos: this.offset, end: this.src.length, filename: this.filename, src: this.src,
      lines: this.lines, package: this.offset, name: this.ident(this.offset, '_'), decls: [], imports: [], nodeCount: 0,
    };

    // PackageClause
    if (!this.got(_Package)) {
      this.syntaxError('package statement must be first');
      this.stop = true;
      file.nodeCount = this.nid;
      return file;
    }
    this.takePragma();
    file.name = this.name();
    this.want(_Semi);

    // don't bother continuing if package clause has errors
    if (this.first) {
      this.stop = true;
      file.nodeCount = this.nid;
      return file;
    }

    const decls = file.decls;
    // go1.19: { ImportDecl ";" } first, then only top-level declarations.
    const oldImports = this.v <= 19;
    const follow: token[] = oldImports ? [_Const, _Type, _Var, _Func] : [_Import, _Const, _Type, _Var, _Func];
    if (oldImports) {
      while (this.tok === _Import) {
        const kw = this.offset;
        this.next();
        decls.push(this.appendGroup('import', kw));
        this.want(_Semi);
      }
    }

    // Accept import declarations anywhere for error tolerance, but complain.
    // { ( ImportDecl | TopLevelDecl ) ";" }
    let prev = _Import;
    while (this.tok !== _EOF) {
      if (!oldImports && this.tok === _Import && prev !== _Import) this.syntaxError('imports must appear before other declarations');
      prev = this.tok;

      const kw = this.offset;
      switch (oldImports && this.tok === _Import ? _EOF : this.tok) {
        case _Import:
          this.next();
          decls.push(this.appendGroup('import', kw));
          break;
        case _Const:
          this.next();
          decls.push(this.appendGroup('const', kw));
          break;
        case _Type:
          this.next();
          decls.push(this.appendGroup('type', kw));
          break;
        case _Var:
          this.next();
          decls.push(this.appendGroup('var', kw));
          break;
        case _Func: {
          this.next();
          const d = this.funcDeclOrNil(kw);
          if (d !== null) decls.push(d);
          break;
        }
        default: {
          const last = decls.length > 0 ? decls[decls.length - 1] : null;
          if (this.tok === _Lbrace && last !== null && last.kind === 'FuncDecl' && last.body === null) {
            // opening { of function declaration on next line
            this.syntaxError('unexpected semicolon or newline before {');
          } else {
            this.syntaxError('non-declaration statement outside function body');
          }
          this.advance(...follow);
          continue;
        }
      }

      // Reset the pragma BEFORE advancing to the next token (consuming ';') since
      // comments before may set pragmas for the next function decl.
      this.clearPragma();

      if (this.tok !== _EOF && !this.got(_Semi)) {
        this.syntaxError('after top level declaration');
        this.advance(...follow);
      }
    }

    this.clearPragma();
    for (const d of decls) {
      if (d.kind === 'GenDecl' && d.tok === 'import') {
        for (const s of d.specs) if (s.kind === 'ImportSpec') file.imports.push(s);
      }
    }
    file.nodeCount = this.nid;
    return file;
  }

  // ---------------------------------------------------------------------------
  // Declarations

  // list parses a possibly empty, sep-separated list of elements, optionally followed by
  // sep, and closed by close (or EOF). f is called for each element; after f returns
  // true no more elements are accepted. list returns the position of the closing token.
  private list(context: string, sep: token, close: token, f: () => boolean): number {
    let done = false;
    while (this.tok !== _EOF && this.tok !== close && !done) {
      done = f();
      // sep is optional before close
      if (!this.got(sep) && this.tok !== close) {
        this.syntaxError(`in ${context}; possibly missing ${this.tokstring(sep)} or ${this.tokstring(close)}`);
        this.advance(_Rparen, _Rbrack, _Rbrace);
        if (this.tok !== close) {
          // position could be better but we had an error so we don't care
          return this.offset;
        }
      }
    }
    const pos = this.offset;
    this.want(close);
    return pos;
  }

  // appendGroup(f) = f | "(" { f ";" } ")" . // ";" is optional before ")"
  private appendGroup(tok: ast.GenTok, kw: number): ast.GenDecl {
    const specs: ast.Spec[] = [];
    let lparen = -1;
    let rparen = -1;
    if (this.tok === _Lparen) {
      lparen = this.offset;
      this.clearPragma();
      this.next(); // must consume "(" after calling clearPragma!
      let iota = 0;
      rparen = this.list('grouped declaration', _Semi, _Rparen, () => {
        specs.push(this.spec(tok, iota++));
        return false;
      });
    } else {
      specs.push(this.spec(tok, 0));
    }
    return { kind: 'GenDecl', id: this.nid++, pos: kw, end: Math.max(this.lastEnd, kw), tok, lparen, specs, rparen };
  }

  private spec(tok: ast.GenTok, iota: number): ast.Spec {
    this.takePragma(); // gc checks these later (noder); the frontend drops them
    switch (tok) {
      case 'import': return this.importDecl();
      case 'const': return this.constDecl(iota);
      case 'type': return this.typeDecl();
      case 'var': return this.varDecl();
      default: return ast.assertNever(tok, 'declaration keyword');
    }
  }

  // ImportSpec = [ "." | PackageName ] ImportPath .
  // ImportPath = string_lit .
  private importDecl(): ast.ImportSpec {
    const pos = this.offset;
    let name: ast.Ident | null = null;
    switch (this.tok) {
      case _Name:
        name = this.name();
        break;
      case _Dot:
        name = this.ident(this.offset, '.');
        this.next();
        break;
    }
    let path = this.oliteral();
    if (path === null) {
      path = { kind: 'BasicLit', id: this.nid++, pos: this.offset, end: this.offset, litKind: 'STRING', value: '', bad: true };
      this.syntaxError('missing import path');
      this.advance(_Semi, _Rparen);
      return { kind: 'ImportSpec', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), name, path };
    }
    if (!path.bad && path.litKind !== 'STRING') {
      this.syntaxErrorAt(this.v <= 19 ? this.offset : path.pos, 'import path must be a string');
      path.bad = true;
    }
    return { kind: 'ImportSpec', id: this.nid++, pos, end: this.lastEnd, name, path };
  }

  // ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
  private constDecl(iota: number): ast.ValueSpec {
    const pos = this.offset;
    const names = this.nameList(this.name());
    let type: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.tok !== _EOF && this.tok !== _Semi && this.tok !== _Rparen) {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', id: this.nid++, pos, end: this.lastEnd, names, type, values, iota };
  }

  // TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
  private typeDecl(): ast.TypeSpec {
    const pos = this.offset;
    const name = this.name();
    let typeParams: ast.FieldList | null = null;
    let assign = -1;
    let type: ast.Expr | null;
    if (this.tok === _Lbrack) {
      // name "[" ...: array/slice type or type parameter list
      const lbrack = this.offset;
      this.next();
      switch (this.tok) {
        case _Name: {
          // We may have an array type or a type parameter list. If the name is followed
          // by "[" it must be the start of an array or slice constraint; otherwise parse
          // a full expression and analyze it.
          let x: ast.Expr = this.name();
          if (this.tok !== _Lbrack) {
            this.xnest++;
            x = this.binaryExpr(this.pexpr(x, false), 0);
            this.xnest--;
          }
          // If x splits into a type parameter name, possibly followed by a type
          // parameter type, this is a type parameter list (a single name followed by
          // "]" tilts the decision towards an array declaration).
          const [pname, ptype] = this.extractName(x, this.tok === _Comma);
          if (pname !== null && (ptype !== null || this.tok !== _Rbrack)) {
            const r = this.paramList(pname, ptype, _Rbrack, true, false);
            typeParams = this.fieldList(lbrack, r.list, r.close, lbrack);
            if (this.tok === _Assign || this.tok === _Define) assign = this.offset;
            this.gotAssign();
            type = this.typeOrNil();
          } else {
            type = this.arrayType(lbrack, x);
          }
          break;
        }
        case _Rbrack:
          this.next();
          type = this.sliceType(lbrack);
          break;
        default:
          type = this.arrayType(lbrack, null);
      }
    } else {
      if (this.tok === _Assign || this.tok === _Define) assign = this.offset;
      this.gotAssign();
      type = this.typeOrNil();
    }

    if (type === null) {
      type = this.badExpr();
      this.syntaxError('in type declaration');
      this.advance(_Semi, _Rparen);
    }
    return { kind: 'TypeSpec', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), name, typeParams, assign, type };
  }

  // extractName splits the expression x into (name, expr) if syntactically x can be
  // written as name expr. The split only happens if expr is a type element (per the
  // isTypeElem predicate) or if force is set.
  private extractName(x: ast.Expr, force: boolean): [ast.Ident | null, ast.Expr | null] {
    switch (x.kind) {
      case 'Ident':
        return [x, null];
      case 'BinaryExpr':
        if (x.op === '*') {
          if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
            // x = name *x.Y
            const star: ast.StarExpr = { kind: 'StarExpr', id: this.nid++, pos: x.opPos, end: x.end, x: x.y };
            return [x.x, star];
          }
        } else if (x.op === '|') {
          const [name, lhs] = this.extractName(x.x, force || isTypeElem(x.y));
          if (name !== null && lhs !== null) {
            // x = name lhs|x.Y
            const op: ast.BinaryExpr = { ...x, id: this.nid++, pos: lhs.pos, x: lhs };
            return [name, op];
          }
        }
        break;
      case 'CallExpr':
        if (x.fun.kind === 'Ident' && x.args.length === 1 && x.ellipsis < 0 && (force || isTypeElem(x.args[0]))) {
          // x = name (x.ArgList[0]); the parser doesn't keep unnecessary parentheses
          return [x.fun, unparen(x.args[0])];
        }
        break;
    }
    return [null, x];
  }

  // VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
  private varDecl(): ast.ValueSpec {
    const pos = this.offset;
    const names = this.nameList(this.name());
    let type: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.gotAssign()) {
      values = this.exprList();
    } else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', id: this.nid++, pos, end: this.lastEnd, names, type, values, iota: 0 };
  }

  // FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
  // MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
  private funcDeclOrNil(funcPos: number): ast.FuncDecl | null {
    const pragmas = this.takePragma();
    let recv: ast.FieldList | null = null;
    let hasRecv = false;
    if (this.tok === _Lparen) {
      const lparen = this.offset;
      this.next();
      hasRecv = true;
      const rcvr = this.paramList(null, null, _Rparen, false, false);
      switch (rcvr.list.length) {
        case 0:
          this.error('method has no receiver');
          break;
        default:
          this.error('method has multiple receivers');
          recv = this.fieldList(lparen, rcvr.list.slice(0, 1), rcvr.close, lparen);
          break;
        case 1:
          recv = this.fieldList(lparen, rcvr.list, rcvr.close, lparen);
      }
    }

    // Methods may have type parameters from go1.27 (before: "method must have no type
    // parameters"; go1.19 asked only when a receiver was found).
    const context = this.v <= 26 && (this.v <= 19 ? recv !== null : hasRecv) ? 'method' : '';
    let name: ast.Ident;
    let type: ast.FuncType;
    if (this.tok === _Name) {
      name = this.name();
      type = this.funcType(context, funcPos);
    } else if (this.v <= 19) {
      this.syntaxError(this.exp('name or ('));
      this.advance(_Lbrace, _Semi);
      return null;
    } else {
      name = this.ident(this.offset, '_');
      name.end = name.pos;
      type = this.emptyFuncType(funcPos);
      this.syntaxError(this.exp(hasRecv ? 'name' : 'name or ('));
      this.advance(_Lbrace, _Semi);
    }

    let body: ast.BlockStmt | null = null;
    if (this.tok === _Lbrace) body = this.funcBody();

    return { kind: 'FuncDecl', id: this.nid++, pos: funcPos, end: this.lastEnd, recv, name, type, body, pragmas };
  }

  private emptyFuncType(funcPos: number): ast.FuncType {
    const at = this.offset;
    const params: ast.FieldList = { kind: 'FieldList', id: this.nid++, pos: at, end: at, opening: -1, list: [], closing: -1 };
    return { kind: 'FuncType', id: this.nid++, pos: funcPos, end: this.lastEnd, func: funcPos, typeParams: null, params, results: null };
  }

  private funcBody(): ast.BlockStmt {
    this.fnest++;
    const errcnt = this.errcnt;
    const body = this.blockStmt('');
    this.fnest--;

    // Don't check branches if there were syntax errors in the function as it may lead
    // to spurious errors or crashes due to incomplete syntax trees.
    if (errcnt === this.errcnt) {
      checkBranches(body, (pos, msg) => this.errorAt(pos, msg), (pos) => this.posString(pos));
    }
    return body;
  }

  // ---------------------------------------------------------------------------
  // Expressions

  expr(): ast.Expr {
    return this.binaryExpr(null, 0);
  }

  // Expression = UnaryExpr | Expression binary_op Expression .
  private binaryExpr(x: ast.Expr | null, prec: number): ast.Expr {
    if (x === null) x = this.unaryExpr();
    while ((this.tok === _Operator || this.tok === _Star) && this.prec > prec) {
      const opPos = this.offset;
      const op = operatorString(this.op) as ast.BinaryOp;
      const tprec = this.prec;
      this.next();
      const y = this.binaryExpr(null, tprec);
      x = { kind: 'BinaryExpr', id: this.nid++, pos: x.pos, end: Math.max(this.lastEnd, y.end), op, x, y, opPos };
    }
    return x;
  }

  // UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
  private unaryExpr(): ast.Expr {
    switch (this.tok) {
      case _Operator:
      case _Star:
        switch (this.op) {
          case Mul: {
            const pos = this.offset;
            this.next();
            const x = this.unaryExpr();
            return { kind: 'StarExpr', id: this.nid++, pos, end: Math.max(this.lastEnd, x.end), x };
          }
          case Add: case Sub: case Not: case Xor: case Tilde: {
            const pos = this.offset;
            const op = operatorString(this.op) as ast.UnaryExpr['op'];
            this.next();
            const x = this.unaryExpr();
            return { kind: 'UnaryExpr', id: this.nid++, pos, end: Math.max(this.lastEnd, x.end), op, x };
          }
          case And: {
            const pos = this.offset;
            this.next();
            // unaryExpr may have returned a parenthesized composite literal
            // (see comment in operand) - remove parentheses if any
            const x = unparen(this.unaryExpr());
            return { kind: 'UnaryExpr', id: this.nid++, pos, end: Math.max(this.lastEnd, x.end), op: '&', x };
          }
        }
        break;

      case _Arrow: {
        // receive op (<-x) or receive-only channel (<-chan E)
        const pos = this.offset;
        this.next();
        // If the next token is _Chan we still don't know if it is a channel (<-chan int)
        // or a receive op (<-chan int(ch)). We only know once we have found the end of
        // the unaryExpr.
        const x = this.unaryExpr();
        if (x.kind === 'ChanType') {
          // x is a channel type => re-associate <-
          let dir: ast.ChanDir = 'send';
          let t: ast.Expr = x;
          while (dir === 'send') {
            if (t.kind !== 'ChanType') break;
            dir = t.dir;
            if (dir === 'recv') {
              // t is type <-chan E but <-<-chan E is not permitted
              this.syntaxError('unexpected <-, ' + this.exp('chan'));
            }
            t.dir = 'recv';
            t = t.value;
          }
          if (dir === 'send') {
            // channel dir is <- but channel element E is not a channel
            this.syntaxError(`unexpected ${exprString(t)}, ` + this.exp('chan'));
          }
          x.pos = pos;
          x.arrow = pos;
          return x;
        }
        // x is not a channel type => we have a receive op
        return { kind: 'UnaryExpr', id: this.nid++, pos, end: Math.max(this.lastEnd, x.end), op: '<-', x };
      }
    }
    return this.pexpr(null, true);
  }

  // callStmt parses call-like statements that can be preceded by 'defer' and 'go'.
  private callStmt(): ast.Stmt {
    const pos = this.offset;
    const tok = this.tok;
    this.next();
    let x = this.pexpr(null, this.tok === _Lparen); // keep_parens so we can report error below
    const t = unparen(x);
    if (t !== x) {
      this.errorAt(x.pos, `expression in ${tokenString(tok)} must not be parenthesized`);
      x = t;
    }
    if (this.v <= 19 && x.kind !== 'CallExpr') {
      // go1.19 checked this in the parser (later releases leave it to the type checker)
      this.errorAt(syntaxPos(x), `expression in ${tokenString(tok)} must be function call`);
    }
    const end = Math.max(this.lastEnd, x.end);
    if (tok === _Go) return { kind: 'GoStmt', id: this.nid++, pos, end, call: x };
    return { kind: 'DeferStmt', id: this.nid++, pos, end, call: x };
  }

  // Operand     = Literal | OperandName | MethodExpr | "(" Expression ")" .
  // Literal     = BasicLit | CompositeLit | FunctionLit .
  private operand(keepParens: boolean): ast.Expr {
    switch (this.tok) {
      case _Name:
        return this.name();

      case _Literal:
        return this.oliteral() as ast.BasicLit;

      case _Lparen: {
        const pos = this.offset;
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        const rparen = this.offset;
        this.want(_Rparen);
        // Parentheses are not permitted around T in a composite literal T{}. If the next
        // token is a {, assume x is a composite literal type T. Parentheses are also not
        // permitted around the expression in a go/defer statement.
        if (this.tok === _Lbrace) keepParens = true;
        if (keepParens) {
          return { kind: 'ParenExpr', id: this.nid++, pos, end: Math.max(this.lastEnd, x.end), x, lparen: pos, rparen };
        }
        return x;
      }

      case _Func: {
        const pos = this.offset;
        this.next();
        const ftyp = this.funcType('function type', pos);
        if (this.tok === _Lbrace) {
          this.xnest++;
          const body = this.funcBody();
          this.xnest--;
          return { kind: 'FuncLit', id: this.nid++, pos, end: this.lastEnd, type: ftyp, body };
        }
        return ftyp;
      }

      case _Lbrack: case _Chan: case _Map: case _Struct: case _Interface:
        return this.type_(); // othertype

      default: {
        const x = this.badExpr();
        this.syntaxError(this.exp('expression'));
        this.advance(_Rparen, _Rbrack, _Rbrace);
        return x;
      }
    }
  }

  // pexpr parses a PrimaryExpr: Operand, conversions, selectors, index, slice and
  // type assertion suffixes, calls, and composite literals.
  private pexpr(x: ast.Expr | null, keepParens: boolean): ast.Expr {
    if (x === null) x = this.operand(keepParens);

    for (;;) {
      const pos = this.offset;
      switch (this.tok) {
        case _Dot: {
          this.next();
          switch (this.tok) {
            case _Name: {
              // pexpr '.' sym
              const sel = this.name();
              x = { kind: 'SelectorExpr', id: this.nid++, pos: x.pos, end: sel.end, x, sel, dot: pos };
              break;
            }
            case _Lparen: {
              const lparen = this.offset;
              this.next();
              let type: ast.Expr | null = null;
              if (!this.got(_Type)) type = this.type_();
              const rparen = this.offset;
              this.want(_Rparen);
              x = { kind: 'TypeAssertExpr', id: this.nid++, pos: x.pos, end: Math.max(this.lastEnd, x.end), x, type, dot: pos, lparen, rparen };
              break;
            }
            default:
              this.syntaxError(this.exp('name or ('));
              this.advance(_Semi, _Rparen);
          }
          continue;
        }

        case _Lbrack: {
          this.next();
          if (this.v <= 19 && this.tok === _Rbrack) {
            // invalid empty instance, slice or index expression; accept but complain
            this.syntaxError(this.exp('operand'));
            this.next();
            continue;
          }
          let i: ast.Expr | null = null;
          if (this.tok !== _Colon) {
            let comma = false;
            let list: ast.Expr[];
            if (this.tok === _Rbrack) {
              // invalid empty instance, slice or index expression; accept but complain
              this.syntaxError(this.exp('operand'));
              list = [this.badExpr()];
            } else {
              const r = this.typeList(false);
              list = r.list;
              comma = r.comma;
            }
            if (comma || this.tok === _Rbrack) {
              const rbrack = this.offset;
              this.want(_Rbrack);
              // x[], x[i,] or x[i, j, ...]
              x = this.indexOf(x, list, pos, rbrack);
              continue;
            }
            i = list[0];
          }

          // x[i:...
          if (!this.got(_Colon)) {
            this.syntaxError(this.exp('comma, : or ]'));
            this.advance(_Comma, _Colon, _Rbrack);
          }
          this.xnest++;
          let high: ast.Expr | null = null;
          let max: ast.Expr | null = null;
          let slice3 = false;
          if (this.tok !== _Colon && this.tok !== _Rbrack) {
            // x[i:j...
            high = this.expr();
          }
          if (this.tok === _Colon) {
            slice3 = true;
            // x[i:j:...]
            if (high === null) {
              this.error('middle index required in 3-index slice');
              high = this.badExpr();
            }
            this.next();
            if (this.tok !== _Rbrack) {
              // x[i:j:k...
              max = this.expr();
            } else {
              this.error('final index required in 3-index slice');
              max = this.badExpr();
            }
          }
          this.xnest--;
          const rbrack = this.offset;
          this.want(_Rbrack);
          x = { kind: 'SliceExpr', id: this.nid++, pos: x.pos, end: Math.max(this.lastEnd, x.end), x, low: i, high, max, slice3, lbrack: pos, rbrack };
          continue;
        }

        case _Lparen: {
          this.next();
          const r = this.argList();
          x = { kind: 'CallExpr', id: this.nid++, pos: x.pos, end: Math.max(this.lastEnd, x.end), fun: x, args: r.args, ellipsis: r.ellipsis, lparen: pos, rparen: r.rparen };
          continue;
        }

        case _Lbrace: {
          // operand may have returned a parenthesized complit type; accept it but
          // complain if we have a complit
          const t = unparen(x);
          // determine if '{' belongs to a composite literal or a block statement
          let complitOk = false;
          switch (t.kind) {
            case 'Ident': case 'SelectorExpr':
              // x is possibly a composite literal type
              if (this.xnest >= 0) complitOk = true;
              break;
            case 'IndexExpr': case 'IndexListExpr':
              if (this.xnest >= 0 && !isValue(t)) complitOk = true;
              break;
            case 'ArrayType': case 'StructType': case 'MapType':
              // x is a comptype
              complitOk = true;
              break;
          }
          if (!complitOk) return x;
          if (t !== x) {
            this.syntaxError('cannot parenthesize type in composite literal');
            // already progressed, no need to advance
          }
          const n = this.complitexpr();
          n.type = x;
          n.pos = x.pos;
          x = n;
          continue;
        }

        default:
          return x;
      }
    }
  }

  // Element = Expression | LiteralValue .
  private bareComplitexpr(): ast.Expr {
    if (this.tok === _Lbrace) {
      // '{' start_complit braced_keyval_list '}'
      return this.complitexpr();
    }
    return this.expr();
  }

  // LiteralValue = "{" [ ElementList [ "," ] ] "}" .
  private complitexpr(): ast.CompositeLit {
    const pos = this.offset;
    const elts: ast.Expr[] = [];
    this.xnest++;
    this.want(_Lbrace);
    const rbrace = this.list('composite literal', _Comma, _Rbrace, () => {
      // value
      let e = this.bareComplitexpr();
      if (this.tok === _Colon) {
        // key ':' value
        const colon = this.offset;
        this.next();
        const value = this.bareComplitexpr();
        e = { kind: 'KeyValueExpr', id: this.nid++, pos: e.pos, end: Math.max(this.lastEnd, value.end), key: e, value, colon };
      }
      elts.push(e);
      return false;
    });
    this.xnest--;
    return { kind: 'CompositeLit', id: this.nid++, pos, end: this.lastEnd, type: null, elts, lbrace: pos, rbrace };
  }

  // ---------------------------------------------------------------------------
  // Types

  private type_(): ast.Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError(this.exp('type'));
      this.advance(_Comma, _Colon, _Semi, _Rparen, _Rbrack, _Rbrace);
    }
    return typ;
  }

  // typeOrNil is like type_ but it returns null if there was no type instead of
  // reporting an error. Parentheses around types are not kept (as in gc).
  private typeOrNil(): ast.Expr | null {
    const pos = this.offset;
    switch (this.tok) {
      case _Star: {
        // ptrtype
        this.next();
        const x = this.type_();
        return { kind: 'StarExpr', id: this.nid++, pos, end: Math.max(this.lastEnd, x.end), x };
      }
      case _Arrow: {
        // recvchantype
        this.next();
        this.want(_Chan);
        const value = this.chanElem();
        return { kind: 'ChanType', id: this.nid++, pos, end: Math.max(this.lastEnd, value.end), dir: 'recv', value, arrow: pos };
      }
      case _Func:
        // fntype
        this.next();
        return this.funcType('function type', pos);
      case _Lbrack:
        // '[' oexpr ']' ntype
        // '[' _DotDotDot ']' ntype
        this.next();
        if (this.got(_Rbrack)) return this.sliceType(pos);
        return this.arrayType(pos, null);
      case _Chan: {
        // _Chan non_recvchantype
        // _Chan _Comm ntype
        this.next();
        let dir: ast.ChanDir = 'both';
        let arrow = -1;
        if (this.tok === _Arrow) {
          arrow = this.offset;
          this.next();
          dir = 'send';
        }
        const value = this.chanElem();
        return { kind: 'ChanType', id: this.nid++, pos, end: Math.max(this.lastEnd, value.end), dir, value, arrow };
      }
      case _Map: {
        // _Map '[' ntype ']' ntype
        this.next();
        this.want(_Lbrack);
        const key = this.type_();
        this.want(_Rbrack);
        const value = this.type_();
        return { kind: 'MapType', id: this.nid++, pos, end: Math.max(this.lastEnd, value.end), key, value };
      }
      case _Struct:
        return this.structType();
      case _Interface:
        return this.interfaceType();
      case _Name:
        return this.qualifiedName(null);
      case _Lparen: {
        this.next();
        const t = this.type_();
        this.want(_Rparen);
        return t;
      }
    }
    return null;
  }

  private typeInstance(typ: ast.Expr): ast.Expr {
    const pos = this.offset;
    this.want(_Lbrack);
    let list: ast.Expr[];
    if (this.tok === _Rbrack) {
      this.syntaxError(this.exp(this.v <= 19 ? 'type' : 'type argument list'));
      list = [this.badExpr()];
    } else {
      list = this.typeList(true).list;
    }
    const rbrack = this.offset;
    this.want(_Rbrack);
    return this.indexOf(typ, list, pos, rbrack);
  }

  // If context != "", type parameters are not permitted.
  private funcType(context: string, funcPos: number): ast.FuncType {
    const tpos = this.offset;
    let typeParams: ast.FieldList | null = null;
    if (this.got(_Lbrack)) {
      if (context !== '') {
        // accept but complain
        this.syntaxErrorAt(tpos, context + ' must have no type parameters');
      }
      if (this.tok === _Rbrack) {
        this.syntaxError('empty type parameter list');
        this.next();
      } else {
        const r = this.paramList(null, null, _Rbrack, true, false);
        typeParams = this.fieldList(tpos, r.list, r.close, tpos);
      }
    }

    const lparen = this.offset;
    this.want(_Lparen);
    const r = this.paramList(null, null, _Rparen, false, true);
    const params = this.fieldList(lparen, r.list, r.close, lparen);
    const results = this.funcResult();
    const pos = funcPos >= 0 ? funcPos : typeParams !== null ? tpos : lparen;
    return { kind: 'FuncType', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), func: funcPos, typeParams, params, results };
  }

  // "[" has already been consumed, and pos is its position.
  // If len != null it is the already consumed array length.
  private arrayType(pos: number, len: ast.Expr | null): ast.Expr {
    if (len === null) {
      if (this.tok === _DotDotDot) {
        len = { kind: 'Ellipsis', id: this.nid++, pos: this.offset, end: this.offset + 3, elt: null };
        this.next();
      } else {
        this.xnest++;
        len = this.expr();
        this.xnest--;
      }
    }
    if (this.tok === _Comma) {
      // Trailing commas are accepted in type parameter lists but not in array type
      // declarations. Accept for better error handling but complain.
      this.syntaxError('unexpected comma; ' + this.exp(']'));
      this.next();
    }
    this.want(_Rbrack);
    const elt = this.type_();
    return { kind: 'ArrayType', id: this.nid++, pos, end: Math.max(this.lastEnd, elt.end), len, elt };
  }

  // "[" and "]" have already been consumed, and pos is the position of "[".
  private sliceType(pos: number): ast.Expr {
    const elt = this.type_();
    return { kind: 'ArrayType', id: this.nid++, pos, end: Math.max(this.lastEnd, elt.end), len: null, elt };
  }

  private chanElem(): ast.Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError('missing channel element type');
      // assume element type is simply absent - don't advance
    }
    return typ;
  }

  // StructType = "struct" "{" { FieldDecl ";" } "}" .
  private structType(): ast.StructType {
    const pos = this.offset;
    this.want(_Struct);
    const lbrace = this.offset;
    this.want(_Lbrace);
    const raw: Field0[] = [];
    const rbrace = this.list('struct type', _Semi, _Rbrace, () => {
      this.fieldDecl(raw);
      return false;
    });
    const fields = this.fieldList(lbrace, raw, rbrace, lbrace);
    return { kind: 'StructType', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), fields };
  }

  // InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
  private interfaceType(): ast.InterfaceType {
    const pos = this.offset;
    this.want(_Interface);
    const lbrace = this.offset;
    this.want(_Lbrace);
    const raw: Field0[] = [];
    const rbrace = this.list('interface type', _Semi, _Rbrace, () => {
      let f: Field0 | null = null;
      if (this.tok === _Name) f = this.methodDecl();
      if (f === null || f.name === null) f = this.embeddedElem(f);
      raw.push(f);
      return false;
    });
    // interface members never share a type object, so fieldList keeps one Field each
    const methods = this.fieldList(lbrace, raw, rbrace, lbrace);
    return { kind: 'InterfaceType', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), methods };
  }

  // Result = Parameters | Type .
  private funcResult(): ast.FieldList | null {
    if (this.tok === _Lparen) {
      const lparen = this.offset;
      this.next();
      const r = this.paramList(null, null, _Rparen, false, false);
      return this.fieldList(lparen, r.list, r.close, lparen);
    }
    const pos = this.offset;
    const typ = this.typeOrNil();
    if (typ !== null) return this.fieldList(-1, [{ pos, name: null, type: typ, tag: null }], -1, pos);
    return null;
  }

  // FieldDecl      = (IdentifierList Type | AnonymousField) [ Tag ] .
  // AnonymousField = [ "*" ] TypeName .
  // Tag            = string_lit .
  private fieldDecl(raw: Field0[]): void {
    const pos = this.offset;
    switch (this.tok) {
      case _Name: {
        const name = this.name();
        if (this.tok === _Dot || this.tok === _Literal || this.tok === _Semi || this.tok === _Rbrace) {
          // embedded type
          const typ = this.qualifiedName(name);
          const tag = this.oliteral();
          raw.push({ pos, name: null, type: typ, tag });
          break;
        }

        // name1, name2, ... Type [ tag ]
        const names = this.nameList(name);
        let typ: ast.Expr;

        // Careful dance: We don't know if we have an embedded instantiated type
        // T[P1, P2, ...] or a field T of array/slice type [P]E or []E.
        if (names.length === 1 && this.tok === _Lbrack) {
          const t = this.arrayOrTArgs();
          if (t.kind === 'TArgs') {
            // embedded type T[P1, P2, ...]
            const typ = this.indexOf(name, t.list, t.lbrack, t.rbrack);
            const tag = this.oliteral();
            raw.push({ pos, name: null, type: typ, tag });
            break;
          }
          typ = t;
        } else {
          // T P
          typ = this.type_();
        }

        const tag = this.oliteral();
        for (const n of names) raw.push({ pos: n.pos, name: n, type: typ, tag });
        break;
      }

      case _Star: {
        this.next();
        let typ: ast.Expr;
        if (this.tok === _Lparen) {
          // *(T)
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          typ = this.qualifiedName(null);
          this.got(_Rparen); // no need to complain if missing
        } else {
          // *T
          typ = this.qualifiedName(null);
        }
        const tag = this.oliteral();
        const star: ast.StarExpr = { kind: 'StarExpr', id: this.nid++, pos, end: Math.max(typ.end, pos + 1), x: typ };
        raw.push({ pos, name: null, type: star, tag });
        break;
      }

      case _Lparen: {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        let typ: ast.Expr;
        if (this.tok === _Star) {
          // (*T)
          const spos = this.offset;
          this.next();
          const x = this.qualifiedName(null);
          typ = { kind: 'StarExpr', id: this.nid++, pos: spos, end: Math.max(x.end, spos + 1), x };
        } else {
          // (T)
          typ = this.qualifiedName(null);
        }
        this.got(_Rparen); // no need to complain if missing
        const tag = this.oliteral();
        raw.push({ pos, name: null, type: typ, tag });
        break;
      }

      default:
        this.syntaxError(this.exp('field name or embedded type'));
        this.advance(_Semi, _Rbrace);
    }
  }

  private arrayOrTArgs(): ast.Expr | TArgs {
    const pos = this.offset;
    this.want(_Lbrack);
    if (this.got(_Rbrack)) return this.sliceType(pos);

    // x [n]E or x[n,], x[n1, n2], ...
    const { list, comma } = this.typeList(false);
    const rbrack = this.offset;
    this.want(_Rbrack);
    if (!comma) {
      const elt = this.typeOrNil();
      if (elt !== null) {
        // x [n]E
        return { kind: 'ArrayType', id: this.nid++, pos, end: Math.max(this.lastEnd, elt.end), len: list[0], elt };
      }
    }
    // x[n,], x[n1, n2], ...
    return { kind: 'TArgs', list, lbrack: pos, rbrack };
  }

  private oliteral(): ast.BasicLit | null {
    if (this.tok === _Literal) {
      const b: ast.BasicLit = {
        kind: 'BasicLit', id: this.nid++, pos: this.offset, end: this.offset + this.lit.length,
        litKind: litKind(this.kind), value: this.lit, bad: this.bad,
      };
      this.next();
      return b;
    }
    return null;
  }

  // MethodSpec        = MethodName Signature | InterfaceTypeName .
  // MethodName        = identifier .
  // InterfaceTypeName = TypeName .
  private methodDecl(): Field0 {
    const f: Field0 = { pos: this.offset, name: null, type: null, tag: null };
    const name = this.name();
    const context = 'interface method';

    switch (this.tok) {
      case _Lparen:
        // method
        f.name = name;
        f.type = this.funcType(context, -1);
        break;

      case _Lbrack: {
        // Careful dance: We don't know if we have a generic method m[T C](x T) or an
        // embedded instantiated type T[P1, P2] (we accept generic methods for
        // generality and robustness of parsing but complain with an error).
        const pos = this.offset;
        this.next();

        // Empty type parameter or argument lists are not permitted.
        // Treat as if [] were absent.
        if (this.tok === _Rbrack) {
          // name[]
          const pos = this.offset;
          this.next();
          if (this.tok === _Lparen) {
            // name[](
            this.errorAt(pos, 'empty type parameter list');
            f.name = name;
            f.type = this.funcType(context, -1);
          } else {
            this.errorAt(pos, 'empty type argument list');
            f.type = name;
          }
          break;
        }

        // A type argument list looks like a parameter list with only types. Parse a
        // parameter list and decide afterwards.
        const { list, close } = this.paramList(null, null, _Rbrack, false, false);
        if (list.length === 0) {
          // The type parameter list is not [] but we got nothing due to other errors
          // (reported by paramList). Treat as if [] were absent.
          if (this.tok === _Lparen) {
            f.name = name;
            f.type = this.funcType(context, -1);
          } else {
            f.type = name;
          }
          break;
        }

        // len(list) > 0
        if (list[0].name !== null) {
          // generic method
          f.name = name;
          f.type = this.funcType(context, -1);
          this.errorAt(pos, 'interface method must have no type parameters');
          break;
        }

        // embedded instantiated type
        f.type = this.indexOf(name, list.map((p) => p.type as ast.Expr), pos, close);
        break;
      }

      default:
        // embedded type
        f.type = this.qualifiedName(name);
    }
    return f;
  }

  // EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
  private embeddedElem(f: Field0 | null): Field0 {
    if (f === null) {
      const pos = this.offset;
      f = { pos, name: null, type: this.embeddedTerm(), tag: null };
    }
    while (this.tok === _Operator && this.op === Or) {
      const opPos = this.offset;
      this.next();
      const x = f.type as ast.Expr;
      const y = this.embeddedTerm();
      f.type = { kind: 'BinaryExpr', id: this.nid++, pos: x.pos, end: Math.max(this.lastEnd, y.end), op: '|', x, y, opPos };
    }
    return f;
  }

  // EmbeddedTerm = [ "~" ] Type .
  private embeddedTerm(): ast.Expr {
    if (this.tok === _Operator && this.op === Tilde) {
      const pos = this.offset;
      this.next();
      const x = this.type_();
      return { kind: 'UnaryExpr', id: this.nid++, pos, end: Math.max(this.lastEnd, x.end), op: '~', x };
    }
    let t = this.typeOrNil();
    if (t === null) {
      t = this.badExpr();
      this.syntaxError(this.exp('~ term or type'));
      this.advance(_Operator, _Semi, _Rparen, _Rbrack, _Rbrace);
    }
    return t;
  }

  // ParameterDecl = [ IdentifierList ] [ "..." ] Type .
  private paramDeclOrNil(name: ast.Ident | null, follow: token): Field0 | null {
    // type set notation is ok in type parameter lists
    const typeSetsOk = follow === _Rbrack;

    let pos = this.offset;
    if (name !== null) {
      pos = name.pos;
    } else if (typeSetsOk && this.tok === _Operator && this.op === Tilde) {
      // "~" ...
      return this.embeddedElem(null);
    }

    let f: Field0 = { pos, name: null, type: null, tag: null };

    if (this.tok === _Name || name !== null) {
      // name
      if (name === null) name = this.name();

      if (this.tok === _Lbrack) {
        // name "[" ...
        const t = this.arrayOrTArgs();
        if (t.kind === 'TArgs') {
          // name "[" ... "]"
          f.type = this.indexOf(name, t.list, t.lbrack, t.rbrack);
        } else {
          // name "[" n "]" E
          f.type = t;
          f.name = name;
        }
        if (typeSetsOk && this.tok === _Operator && this.op === Or) {
          // name "[" ... "]" "|" ...
          // name "[" n "]" E "|" ...
          f = this.embeddedElem(f);
        }
        return f;
      }

      if (this.tok === _Dot) {
        // name "." ...
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.tok === _Operator && this.op === Or) {
          // name "." name "|" ...
          f = this.embeddedElem(f);
        }
        return f;
      }

      if (typeSetsOk && this.tok === _Operator && this.op === Or) {
        // name "|" ...
        f.type = name;
        return this.embeddedElem(f);
      }

      f.name = name;
    }

    if (this.tok === _DotDotDot) {
      // [name] "..." ...
      const dpos = this.offset;
      this.next();
      const elt = this.typeOrNil();
      if (elt === null) {
        f.type = this.badExpr();
        this.syntaxError('... is missing type');
      } else {
        f.type = { kind: 'Ellipsis', id: this.nid++, pos: dpos, end: Math.max(this.lastEnd, elt.end), elt };
      }
      return f;
    }

    if (typeSetsOk && this.tok === _Operator && this.op === Tilde) {
      // [name] "~" ...
      f.type = this.embeddedElem(null).type;
      return f;
    }

    f.type = this.typeOrNil();
    if (typeSetsOk && this.tok === _Operator && this.op === Or && f.type !== null) {
      // [name] type "|"
      f = this.embeddedElem(f);
    }
    if (f.name !== null || f.type !== null) return f;

    this.syntaxError(this.exp(this.tokstring(follow)));
    this.advance(_Comma, follow);
    return null;
  }

  // Parameters    = "(" [ ParameterList [ "," ] ] ")" .
  // ParameterList = ParameterDecl { "," ParameterDecl } .
  // "(" or "[" has already been consumed. If name != null, it is the first name after
  // "(" or "["; if typ != null, (name, typ) is the first field in the list.
  // In the result list, either all fields have a name, or no field has a name.
  private paramList(
    name: ast.Ident | null, typ: ast.Expr | null, close: token, requireNames: boolean, dddok: boolean,
  ): { list: Field0[]; close: number } {
    // p.list won't invoke its function argument if we're at the end of the parameter
    // list. If we have a complete field, handle this case here.
    if (name !== null && typ !== null && this.tok === close) {
      const c = this.offset;
      this.next();
      return { list: [{ pos: name.pos, name, type: typ, tag: null }], close: c };
    }

    const list: Field0[] = [];
    let named = 0; // number of parameters that have an explicit name and type
    let typed = 0; // number of parameters that have an explicit type
    const end = this.list('parameter list', _Comma, close, () => {
      let par: Field0 | null;
      if (typ !== null) {
        par = { pos: (name as ast.Ident).pos, name, type: typ, tag: null };
      } else {
        par = this.paramDeclOrNil(name, close);
      }
      name = null; // 1st name was consumed if present
      typ = null; // 1st type was consumed if present
      if (par !== null) {
        if (par.name !== null && par.type !== null) named++;
        if (par.type !== null) typed++;
        list.push(par);
      }
      return false;
    });

    if (list.length === 0) return { list, close: end };

    // distribute parameter types (len(list) > 0)
    if (named === 0 && !requireNames) {
      // all unnamed and we're not in a type parameter list => found names are named types
      for (const par of list) {
        if (par.name !== null) {
          par.type = par.name;
          par.name = null;
        }
      }
    } else if (named !== list.length) {
      // some named or we're in a type parameter list => all must be named
      let errPos = -1; // left-most error position (or unknown)
      let t: ast.Expr | null = null; // current type (from right to left)
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i];
        if (par.type !== null) {
          t = par.type;
          if (par.name === null) {
            errPos = t.pos;
            par.name = this.ident(errPos, '_');
            par.name.end = errPos;
          }
        } else if (t !== null) {
          par.type = t;
        } else {
          // par.type == null && t == null => we only have a par.name
          errPos = (par.name as ast.Ident).pos;
          par.type = this.badExprAt(errPos);
        }
      }
      if (errPos >= 0) {
        let msg: string;
        if (this.v <= 23 && !requireNames) {
          msg = 'mixed named and unnamed parameters';
        } else if (named === typed) {
          errPos = end; // position error at closing token ) or ]
          msg = requireNames ? 'missing type constraint' : 'missing parameter type';
        } else if (requireNames) {
          if (this.v <= 21) {
            msg = 'type parameters must be named';
          } else {
            msg = 'missing type parameter name';
            // go.dev/issue/60812
            if (list.length === 1) msg += ' or invalid array length';
          }
        } else {
          msg = 'missing parameter name';
        }
        this.syntaxErrorAt(errPos, msg);
      }
    }

    // check use of ... (from go1.25; before, the type checker reported it)
    let first = true; // only report first occurrence
    for (let i = 0; i < list.length && this.v >= 25; i++) {
      const f = list[i];
      const t = f.type;
      if (t !== null && t.kind === 'Ellipsis' && (!dddok || i + 1 < list.length)) {
        if (first) {
          first = false;
          this.errorAt(t.pos, dddok ? 'can only use ... with final parameter' : 'invalid use of ...');
        }
        // use T instead of invalid ...T
        f.type = t.elt;
      }
    }
    return { list, close: end };
  }

  // ---------------------------------------------------------------------------
  // Statements

  // SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
  private simpleStmt(lhs: ast.Expr[] | null, keyword: token): SimpleStmt {
    if (keyword === _For && this.tok === _Range) {
      // _Range expr
      return this.newRangeClause(null, false, -1);
    }

    if (lhs === null) lhs = this.exprList();

    if (lhs.length === 1 && this.tok !== _Assign && this.tok !== _Define) {
      // expr
      const x = lhs[0];
      const pos = this.offset;
      switch (this.tok) {
        case _AssignOp: {
          // lhs op= rhs
          const tok = (operatorString(this.op) + '=') as ast.AssignTok;
          this.next();
          const y = this.expr();
          return { kind: 'AssignStmt', id: this.nid++, pos: x.pos, end: Math.max(this.lastEnd, y.end), lhs: [x], tok, tokPos: pos, rhs: [y] };
        }
        case _IncOp: {
          // lhs++ or lhs--
          const tok = this.op === Add ? '++' : '--';
          this.next();
          return { kind: 'IncDecStmt', id: this.nid++, pos: x.pos, end: this.lastEnd, x, tok, tokPos: pos };
        }
        case _Arrow: {
          // lhs <- rhs
          this.next();
          const value = this.expr();
          return { kind: 'SendStmt', id: this.nid++, pos: x.pos, end: Math.max(this.lastEnd, value.end), chan: x, value, arrow: pos };
        }
        default:
          // expr
          return { kind: 'ExprStmt', id: this.nid++, pos: x.pos, end: x.end, x };
      }
    }

    // expr_list
    switch (this.tok) {
      case _Assign:
      case _Define: {
        const pos = this.offset;
        const def = this.tok === _Define;
        this.next();

        if (keyword === _For && this.tok === _Range) {
          // expr_list op= _Range expr
          return this.newRangeClause(lhs, def, pos);
        }

        // expr_list op= expr_list
        const rhs = this.exprList();
        const s: ast.AssignStmt = {
          kind: 'AssignStmt', id: this.nid++, pos: lhs[0].pos, end: Math.max(this.lastEnd, rhs[rhs.length - 1].end),
          lhs, tok: def ? ':=' : '=', tokPos: pos, rhs,
        };
        if (rhs.length === 1 && isGuard(rhs[0]) && keyword === _Switch && def && lhs.length === 1 && lhs[0].kind === 'Ident') {
          // switch … lhs := rhs.(type)
          this.guardAssigns.add(s);
        }
        return s;
      }
      default: {
        this.syntaxError(this.exp(':= or = or comma'));
        this.advance(_Semi, _Rbrace);
        // make the best of what we have
        const x = lhs[0];
        return { kind: 'ExprStmt', id: this.nid++, pos: x.pos, end: x.end, x };
      }
    }
  }

  private newRangeClause(lhs: ast.Expr[] | null, def: boolean, tokPos: number): RangeClause {
    const pos = this.offset;
    this.next(); // consume _Range
    const x = this.expr();
    return { kind: 'RangeClause', pos, lhs, def, tokPos, x };
  }

  private labeledStmtOrNil(label: ast.Ident): ast.Stmt | null {
    const colon = this.offset;
    this.want(_Colon);

    if (this.tok === _Rbrace) {
      // We expect a statement (incl. an empty statement), which must be terminated by
      // a semicolon. Because semicolons may be omitted before an _Rbrace, seeing an
      // _Rbrace implies an empty statement.
      const e: ast.EmptyStmt = { kind: 'EmptyStmt', id: this.nid++, pos: this.offset, end: this.offset, implicit: true };
      return { kind: 'LabeledStmt', id: this.nid++, pos: label.pos, end: e.end, label, stmt: e, colon };
    }

    const stmt = this.stmtOrNil();
    if (stmt !== null) {
      return { kind: 'LabeledStmt', id: this.nid++, pos: label.pos, end: Math.max(this.lastEnd, stmt.end), label, stmt, colon };
    }

    // report error at line of ':' token
    this.syntaxErrorAt(colon, 'missing statement after label');
    // we are already at the end of the labeled statement - no need to advance
    return null; // avoids follow-on errors (see e.g., fixedbugs/bug274.go)
  }

  // context must be a non-empty string unless we know that tok == _Lbrace.
  private blockStmt(context: string): ast.BlockStmt {
    const pos = this.offset;

    // people coming from C may forget that braces are mandatory in Go
    if (!this.got(_Lbrace)) {
      this.syntaxError(this.exp('{ after ' + context));
      this.advance(_Name, _Rbrace);
      const rbrace = this.offset; // in case we found "}"
      if (this.got(_Rbrace)) {
        return { kind: 'BlockStmt', id: this.nid++, pos, end: this.lastEnd, lbrace: pos, list: [], rbrace };
      }
    }

    const list = this.stmtList();
    const rbrace = this.offset;
    this.want(_Rbrace);
    return { kind: 'BlockStmt', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), lbrace: pos, list, rbrace };
  }

  private declStmt(tok: ast.GenTok): ast.DeclStmt {
    const pos = this.offset;
    this.next(); // _Const, _Type, or _Var
    const decl = this.appendGroup(tok, pos);
    return { kind: 'DeclStmt', id: this.nid++, pos, end: decl.end, decl };
  }

  private forStmt(): ast.Stmt {
    const pos = this.offset;
    const h = this.header(_For);
    const body = this.blockStmt('for clause');
    const end = this.lastEnd;
    if (h.init !== null && h.init.kind === 'RangeClause') {
      const r = h.init;
      const lhs = r.lhs ?? [];
      return {
        kind: 'RangeStmt', id: this.nid++, pos, end, key: lhs[0] ?? null, value: lhs[1] ?? null, lhs,
        tok: r.lhs === null ? null : r.def ? ':=' : '=', tokPos: r.tokPos, range: r.pos, x: r.x, body,
      };
    }
    return { kind: 'ForStmt', id: this.nid++, pos, end, init: h.init as ast.Stmt | null, cond: h.cond, post: h.post, body };
  }

  private header(keyword: token): { init: SimpleStmt | null; cond: ast.Expr | null; guard: ast.Stmt | null; post: ast.Stmt | null } {
    let init: SimpleStmt | null = null;
    let cond: ast.Expr | null = null;
    let guard: ast.Stmt | null = null;
    let post: ast.Stmt | null = null;
    this.want(keyword);

    if (this.tok === _Lbrace) {
      if (keyword === _If) {
        this.syntaxError('missing condition in if statement');
        cond = this.badExpr();
      }
      return { init, cond, guard, post };
    }
    // tok != _Lbrace

    const outer = this.xnest;
    this.xnest = -1;

    if (this.tok !== _Semi) {
      // accept potential varDecl but complain
      if (this.got(_Var)) {
        this.syntaxError(`var declaration not allowed in ${tokenString(keyword)} initializer`);
      }
      init = this.simpleStmt(null, keyword);
      // If we have a range clause, we are done (can only happen for keyword == _For).
      if (init.kind === 'RangeClause') {
        this.xnest = outer;
        return { init, cond, guard, post };
      }
    }

    let condStmt: SimpleStmt | null = null;
    let semiPos = -1;
    let semiLit = '';
    if (this.tok !== _Lbrace) {
      if (this.tok === _Semi) {
        semiPos = this.offset;
        semiLit = this.lit;
        this.next();
      } else {
        // asking for a '{' rather than a ';' here leads to a better error message
        this.want(_Lbrace);
        if (this.tok !== _Lbrace) {
          this.advance(_Lbrace, _Rbrace); // for better synchronization (e.g., go.dev/issue/22581)
        }
      }
      if (keyword === _For) {
        let done = false;
        if (this.tok !== _Semi) {
          if (this.tok === _Lbrace) {
            this.syntaxError(this.exp('for loop condition'));
            done = true;
          } else {
            condStmt = this.simpleStmt(null, 0 /* range not permitted */);
          }
        }
        if (!done) {
          this.want(_Semi);
          if (this.tok !== _Lbrace) {
            post = this.simpleStmt(null, 0 /* range not permitted */) as ast.Stmt;
            if (post.kind === 'AssignStmt' && post.tok === ':=') {
              this.syntaxErrorAt(post.tokPos, 'cannot declare in post statement of for loop');
            }
          }
        }
      } else if (this.tok !== _Lbrace) {
        condStmt = this.simpleStmt(null, keyword);
      }
    } else {
      condStmt = init;
      init = null;
    }

    // unpack condStmt
    if (condStmt === null) {
      if (keyword === _If && semiPos >= 0) {
        if (semiLit !== 'semicolon') {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, ` + this.exp('{ after if clause'));
        } else {
          this.syntaxErrorAt(semiPos, 'missing condition in if statement');
        }
        cond = this.badExprAt(semiPos);
      }
    } else if (condStmt.kind === 'ExprStmt') {
      cond = condStmt.x;
    } else if (this.guardAssigns.has(condStmt as ast.Stmt)) {
      guard = condStmt as ast.Stmt;
    } else {
      // A common syntax error is to write '=' instead of '==', which turns an
      // expression into an assignment. Provide a more explicit error message in that
      // case to prevent further confusion.
      const s = condStmt as ast.Stmt;
      let str: string;
      if (s.kind === 'AssignStmt' && s.tok === '=') {
        // Emphasize complex Lhs and Rhs of assignment with parentheses to highlight '='.
        str = this.v <= 19
          ? 'assignment (' + exprListString(s.lhs) + ') = (' + exprListString(s.rhs) + ')'
          : 'assignment ' + emphasize(s.lhs) + ' = ' + emphasize(s.rhs);
      } else {
        str = stmtString(s);
      }
      this.syntaxErrorAt(syntaxPos(s), `cannot use ${str} as value`);
    }

    this.xnest = outer;
    return { init, cond, guard, post };
  }

  private ifStmt(): ast.IfStmt {
    const pos = this.offset;
    const h = this.header(_If);
    const init = h.init as ast.Stmt | null;
    const cond = h.cond ?? this.badExprAt(pos);
    const body = this.blockStmt('if clause');

    let els: ast.Stmt | null = null;
    if (this.got(_Else)) {
      switch (this.tok) {
        case _If:
          els = this.ifStmt();
          break;
        case _Lbrace:
          els = this.blockStmt('');
          break;
        default:
          this.syntaxError('else must be followed by if or statement block');
          this.advance(_Name, _Rbrace);
      }
    }
    return { kind: 'IfStmt', id: this.nid++, pos, end: this.lastEnd, init, cond, body, else: els };
  }

  private switchStmt(): ast.Stmt {
    const pos = this.offset;
    const h = this.header(_Switch);
    const init = h.init as ast.Stmt | null;

    const lbrace = this.offset;
    if (!this.got(_Lbrace)) {
      this.syntaxError('missing { after switch clause');
      this.advance(_Case, _Default, _Rbrace);
    }
    const clauses: ast.Stmt[] = [];
    while (this.tok !== _EOF && this.tok !== _Rbrace) clauses.push(this.caseClause());
    const rbrace = this.offset;
    this.want(_Rbrace);
    const end = this.lastEnd;
    const body: ast.BlockStmt = { kind: 'BlockStmt', id: this.nid++, pos: lbrace, end, lbrace, list: clauses, rbrace };

    if (h.guard !== null) {
      return { kind: 'TypeSwitchStmt', id: this.nid++, pos, end, init, assign: h.guard, body };
    }
    if (h.cond !== null && isGuard(h.cond)) {
      const x = h.cond;
      const assign: ast.ExprStmt = { kind: 'ExprStmt', id: this.nid++, pos: x.pos, end: x.end, x };
      return { kind: 'TypeSwitchStmt', id: this.nid++, pos, end, init, assign, body };
    }
    return { kind: 'SwitchStmt', id: this.nid++, pos, end, init, tag: h.cond, body };
  }

  private selectStmt(): ast.SelectStmt {
    const pos = this.offset;
    this.want(_Select);
    const lbrace = this.offset;
    if (!this.got(_Lbrace)) {
      this.syntaxError('missing { after select clause');
      this.advance(_Case, _Default, _Rbrace);
    }
    const clauses: ast.Stmt[] = [];
    while (this.tok !== _EOF && this.tok !== _Rbrace) clauses.push(this.commClause());
    const rbrace = this.offset;
    this.want(_Rbrace);
    const end = this.lastEnd;
    const body: ast.BlockStmt = { kind: 'BlockStmt', id: this.nid++, pos: lbrace, end, lbrace, list: clauses, rbrace };
    return { kind: 'SelectStmt', id: this.nid++, pos, end, body };
  }

  private caseClause(): ast.CaseClause {
    const pos = this.offset;
    let list: ast.Expr[] | null = null;
    switch (this.tok) {
      case _Case:
        this.next();
        list = this.exprList();
        break;
      case _Default:
        this.next();
        break;
      default:
        this.syntaxError(this.exp('case or default or }'));
        this.advance(_Colon, _Case, _Default, _Rbrace);
    }
    const colon = this.offset;
    this.want(_Colon);
    const body = this.stmtList();
    return { kind: 'CaseClause', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), list, colon, body };
  }

  private commClause(): ast.CommClause {
    const pos = this.offset;
    let comm: ast.Stmt | null = null;
    switch (this.tok) {
      case _Case:
        this.next();
        comm = this.simpleStmt(null, 0) as ast.Stmt;
        // The syntax restricts the possible simple statements here to:
        //     lhs <- x (send statement)
        //     <-x
        //     lhs = <-x
        //     lhs := <-x
        // All these (and more) are recognized by simpleStmt and invalid syntax trees
        // are flagged later, during type checking.
        break;
      case _Default:
        this.next();
        break;
      default:
        this.syntaxError(this.exp('case or default or }'));
        this.advance(_Colon, _Case, _Default, _Rbrace);
    }
    const colon = this.offset;
    this.want(_Colon);
    const body = this.stmtList();
    return { kind: 'CommClause', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), comm, colon, body };
  }

  // stmtOrNil parses a statement if one is present, or else returns null.
  private stmtOrNil(): ast.Stmt | null {
    // Most statements (assignments) start with an identifier; look for it first
    // before doing anything more expensive.
    if (this.tok === _Name) {
      this.clearPragma();
      const lhs = this.exprList();
      if (lhs.length === 1 && lhs[0].kind === 'Ident' && this.tok === _Colon) return this.labeledStmtOrNil(lhs[0]);
      return this.simpleStmt(lhs, 0) as ast.Stmt;
    }

    switch (this.tok) {
      case _Var:
        return this.declStmt('var');
      case _Const:
        return this.declStmt('const');
      case _Type:
        return this.declStmt('type');
    }

    this.clearPragma();

    switch (this.tok) {
      case _Lbrace:
        return this.blockStmt('');

      case _Operator:
      case _Star:
        switch (this.op) {
          case Add: case Sub: case Mul: case And: case Xor: case Not:
            return this.simpleStmt(null, 0) as ast.Stmt; // unary operators
        }
        break;

      case _Literal: case _Func: case _Lparen: // operands
      case _Lbrack: case _Struct: case _Map: case _Chan: case _Interface: // composite types
      case _Arrow: // receive operator
        return this.simpleStmt(null, 0) as ast.Stmt;

      case _For:
        return this.forStmt();

      case _Switch:
        return this.switchStmt();

      case _Select:
        return this.selectStmt();

      case _If:
        return this.ifStmt();

      case _Fallthrough: {
        const pos = this.offset;
        this.next();
        return { kind: 'BranchStmt', id: this.nid++, pos, end: this.lastEnd, tok: 'fallthrough', label: null };
      }

      case _Break:
      case _Continue: {
        const pos = this.offset;
        const tok = this.tok === _Break ? 'break' : 'continue';
        this.next();
        let label: ast.Ident | null = null;
        if (this.tok === _Name) label = this.name();
        return { kind: 'BranchStmt', id: this.nid++, pos, end: this.lastEnd, tok, label };
      }

      case _Go:
      case _Defer:
        return this.callStmt();

      case _Goto: {
        const pos = this.offset;
        this.next();
        const label = this.name();
        return { kind: 'BranchStmt', id: this.nid++, pos, end: Math.max(this.lastEnd, pos), tok: 'goto', label };
      }

      case _Return: {
        const pos = this.offset;
        this.next();
        let results: ast.Expr[] = [];
        if (this.tok !== _Semi && this.tok !== _Rbrace) results = this.exprList();
        return { kind: 'ReturnStmt', id: this.nid++, pos, end: this.lastEnd, results };
      }

      case _Semi:
        return { kind: 'EmptyStmt', id: this.nid++, pos: this.offset, end: this.offset, implicit: false };
    }

    return null;
  }

  // StatementList = { Statement ";" } .
  private stmtList(): ast.Stmt[] {
    const l: ast.Stmt[] = [];
    while (this.tok !== _EOF && this.tok !== _Rbrace && this.tok !== _Case && this.tok !== _Default) {
      const s = this.stmtOrNil();
      this.clearPragma();
      if (s === null) break;
      l.push(s);
      // ";" is optional before "}"
      if (!this.got(_Semi) && this.tok !== _Rbrace) {
        this.syntaxError('at end of statement');
        this.advance(_Semi, _Rbrace, _Case, _Default);
        this.got(_Semi); // avoid spurious empty statement
      }
    }
    return l;
  }

  // argList parses a possibly empty, comma-separated list of arguments, optionally
  // followed by a comma (if not empty), and closed by ")". The last argument may be
  // followed by "...".
  private argList(): { args: ast.Expr[]; ellipsis: number; rparen: number } {
    const args: ast.Expr[] = [];
    let ellipsis = -1;
    this.xnest++;
    const rparen = this.list('argument list', _Comma, _Rparen, () => {
      args.push(this.expr());
      if (this.tok === _DotDotDot) {
        ellipsis = this.offset;
        this.next();
        return true;
      }
      return false;
    });
    this.xnest--;
    return { args, ellipsis, rparen };
  }

  // ---------------------------------------------------------------------------
  // Common productions

  private name(): ast.Ident {
    if (this.tok === _Name) {
      const n = this.ident(this.offset, this.lit);
      this.next();
      return n;
    }
    const n = this.ident(this.offset, '_');
    n.end = n.pos;
    this.syntaxError(this.exp('name'));
    this.advance();
    return n;
  }

  // IdentifierList = identifier { "," identifier } .
  private nameList(first: ast.Ident): ast.Ident[] {
    const l = [first];
    while (this.got(_Comma)) l.push(this.name());
    return l;
  }

  // The first name may be provided, or null.
  private qualifiedName(name: ast.Ident | null): ast.Expr {
    let x: ast.Expr;
    if (name !== null) {
      x = name;
    } else if (this.tok === _Name) {
      x = this.name();
    } else {
      x = this.ident(this.offset, '_');
      x.end = x.pos;
      this.syntaxError(this.exp('name'));
      this.advance(_Dot, _Semi, _Rbrace);
    }

    if (this.tok === _Dot) {
      const dot = this.offset;
      this.next();
      const sel = this.name();
      x = { kind: 'SelectorExpr', id: this.nid++, pos: x.pos, end: Math.max(sel.end, dot + 1), x, sel, dot };
    }

    if (this.tok === _Lbrack) x = this.typeInstance(x);
    return x;
  }

  // ExpressionList = Expression { "," Expression } .
  private exprList(): ast.Expr[] {
    const list = [this.expr()];
    while (this.got(_Comma)) list.push(this.expr());
    return list;
  }

  // typeList parses a non-empty, comma-separated list of types, optionally followed by
  // a comma. If strict is false, the first element may also be a (non-type)
  // expression. comma reports whether there was a (separating or trailing) comma.
  private typeList(strict: boolean): { list: ast.Expr[]; comma: boolean } {
    this.xnest++;
    const list = [strict && this.v >= 21 ? this.type_() : this.expr()];
    let comma = false;
    if (this.got(_Comma)) {
      comma = true;
      let t = this.typeOrNil();
      if (t !== null) {
        list.push(t);
        while (this.got(_Comma)) {
          t = this.typeOrNil();
          if (t === null) break;
          list.push(t);
        }
      }
    }
    this.xnest--;
    return { list, comma };
  }
}

// emphasize returns a string representation of x, with (top-level) binary expressions
// emphasized by enclosing them in parentheses.
function emphasize(x: ast.Expr[]): string {
  const s = exprListString(x);
  if (x.length === 1 && x[0].kind === 'BinaryExpr') return '(' + s + ')';
  return s;
}
