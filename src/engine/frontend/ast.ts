// The Go abstract syntax tree used by the whole engine.
//
// Shapes and names follow go1.27 go/ast (src/go/ast/ast.go): `Ident`, `BasicLit`,
// `CompositeLit`, ... `File`. The parser that builds it (parser.ts) mirrors gc's
// parser (go1.27 cmd/compile/internal/syntax/parser.go) so syntax errors read as gc's.
//
// Conventions (binding for every consumer, see /work/main/src/engine/frontend/index.ts):
// - Every node is a plain object with a `kind` discriminant, a numeric `id` unique
//   within its File (0 .. file.nodeCount-1, so side tables can be arrays), and
//   `pos`/`end`: 0-based byte offsets into the UTF-8 source, `end` exclusive.
// - Where go/ast records an extra token position (OpPos, Lparen, Lbrack, Colon ...)
//   the node has the same field (-1 when absent). `syntaxPos(node)` gives the position
//   gc's own syntax package assigns to the node (e.g. the operator of a BinaryExpr,
//   the `(` of a call, the `.` of a selector), which is where types2 reports most
//   errors; `pos` is always the left-most byte as in go/ast.
// - Optional children are `null`, never `undefined`.
// - Literal values (`BasicLit.value`) are the literal's source text as a byte string
//   (one char code per UTF-8 byte), exactly as written (quotes, prefixes, `_`).
//   Use literal.ts to decode them.

export interface NodeBase {
  /** Unique per file; assigned by the parser in creation order. Mutable by design. */
  id: number;
  /** Byte offset of the first byte of the node. */
  pos: number;
  /** Byte offset just after the last byte of the node. */
  end: number;
}

// ---------------------------------------------------------------------------
// Expressions and types

export interface BadExpr extends NodeBase {
  kind: 'BadExpr';
}

export interface Ident extends NodeBase {
  kind: 'Ident';
  /** Byte string (identifiers may contain non-ASCII letters, stored UTF-8 encoded). */
  name: string;
}

export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

export interface BasicLit extends NodeBase {
  kind: 'BasicLit';
  litKind: LitKind;
  /** Source text of the literal (byte string). */
  value: string;
  /** True when the scanner reported an error in this literal (gc's BasicLit.Bad). */
  bad: boolean;
}

/** `...T` in a parameter list, or `...` as array length in `[...]T{}` (elt null). */
export interface Ellipsis extends NodeBase {
  kind: 'Ellipsis';
  elt: Expr | null;
}

export interface CompositeLit extends NodeBase {
  kind: 'CompositeLit';
  /** null for elided types inside another composite literal. */
  type: Expr | null;
  elts: Expr[];
  lbrace: number;
  rbrace: number;
}

export interface FuncLit extends NodeBase {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
}

export interface ParenExpr extends NodeBase {
  kind: 'ParenExpr';
  x: Expr;
  lparen: number;
  rparen: number;
}

export interface SelectorExpr extends NodeBase {
  kind: 'SelectorExpr';
  x: Expr;
  sel: Ident;
  /** Position of the `.` (gc's SelectorExpr position). */
  dot: number;
}

/** x[index]; also a generic instantiation with one type argument `f[int]`. */
export interface IndexExpr extends NodeBase {
  kind: 'IndexExpr';
  x: Expr;
  index: Expr;
  lbrack: number;
  rbrack: number;
}

/** x[T1, T2, ...]: instantiation with two or more type arguments. */
export interface IndexListExpr extends NodeBase {
  kind: 'IndexListExpr';
  x: Expr;
  indices: Expr[];
  lbrack: number;
  rbrack: number;
}

export interface SliceExpr extends NodeBase {
  kind: 'SliceExpr';
  x: Expr;
  low: Expr | null;
  high: Expr | null;
  max: Expr | null;
  /** true for x[a:b:c] (three-index form written), even if an index is missing. */
  slice3: boolean;
  lbrack: number;
  rbrack: number;
}

/** x.(T); type is null for `x.(type)` in a type switch guard. */
export interface TypeAssertExpr extends NodeBase {
  kind: 'TypeAssertExpr';
  x: Expr;
  type: Expr | null;
  /** Position of the `.` (gc's AssertExpr position). */
  dot: number;
  lparen: number;
  rparen: number;
}

export interface CallExpr extends NodeBase {
  kind: 'CallExpr';
  fun: Expr;
  args: Expr[];
  /** Position of `...` after the last argument, or -1. */
  ellipsis: number;
  lparen: number;
  rparen: number;
}

/** *x: pointer type or indirection. */
export interface StarExpr extends NodeBase {
  kind: 'StarExpr';
  x: Expr;
}

export type UnaryOp = '+' | '-' | '!' | '^' | '*' | '&' | '<-' | '~';

/** op x. `~T` in constraints is a UnaryExpr with op '~'; `*x` is a StarExpr instead. */
export interface UnaryExpr extends NodeBase {
  kind: 'UnaryExpr';
  op: Exclude<UnaryOp, '*'>;
  x: Expr;
}

export type BinaryOp =
  | '||' | '&&'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '|' | '^'
  | '*' | '/' | '%' | '&' | '&^' | '<<' | '>>';

/** x op y. Union constraint elements `A | ~B` are BinaryExprs with op '|'. */
export interface BinaryExpr extends NodeBase {
  kind: 'BinaryExpr';
  op: BinaryOp;
  x: Expr;
  y: Expr;
  opPos: number;
}

export interface KeyValueExpr extends NodeBase {
  kind: 'KeyValueExpr';
  key: Expr;
  value: Expr;
  colon: number;
}

/** [len]elt; len null means a slice type []elt; len an Ellipsis (elt null) means [...]elt. */
export interface ArrayType extends NodeBase {
  kind: 'ArrayType';
  len: Expr | null;
  elt: Expr;
}

export interface StructType extends NodeBase {
  kind: 'StructType';
  fields: FieldList;
}

export interface FuncType extends NodeBase {
  kind: 'FuncType';
  /** Position of the `func` keyword, or -1 (method specs in interfaces, FuncDecl uses its own). */
  func: number;
  typeParams: FieldList | null;
  params: FieldList;
  results: FieldList | null;
}

/**
 * interface{...}. Each Field is a method (one name, FuncType type) or an embedded
 * element (no names; type is a type name, `~T`, or a union BinaryExpr '|').
 */
export interface InterfaceType extends NodeBase {
  kind: 'InterfaceType';
  methods: FieldList;
}

export interface MapType extends NodeBase {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface ChanType extends NodeBase {
  kind: 'ChanType';
  dir: ChanDir;
  value: Expr;
  /** Position of `<-` (for `<-chan` this equals pos), or -1. */
  arrow: number;
}

export type Expr =
  | BadExpr
  | Ident
  | BasicLit
  | Ellipsis
  | CompositeLit
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | IndexListExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType;

// ---------------------------------------------------------------------------
// Fields

export interface Field extends NodeBase {
  kind: 'Field';
  /** Empty for anonymous parameters, embedded fields and embedded interface elements. */
  names: Ident[];
  /** Fields declared in one list `a, b int` are one Field with two names. */
  type: Expr;
  tag: BasicLit | null;
}

export interface FieldList extends NodeBase {
  kind: 'FieldList';
  /** Position of `(`, `[` or `{`, or -1 (a single unparenthesised result). */
  opening: number;
  list: Field[];
  /** Position of `)`, `]` or `}`, or -1. */
  closing: number;
}

// ---------------------------------------------------------------------------
// Statements

export interface BadStmt extends NodeBase {
  kind: 'BadStmt';
}

export interface DeclStmt extends NodeBase {
  kind: 'DeclStmt';
  decl: GenDecl;
}

/** An empty statement; `implicit` when it stands for a missing statement (e.g. `L: }`). */
export interface EmptyStmt extends NodeBase {
  kind: 'EmptyStmt';
  implicit: boolean;
}

export interface LabeledStmt extends NodeBase {
  kind: 'LabeledStmt';
  label: Ident;
  stmt: Stmt;
  colon: number;
}

export interface ExprStmt extends NodeBase {
  kind: 'ExprStmt';
  x: Expr;
}

export interface SendStmt extends NodeBase {
  kind: 'SendStmt';
  chan: Expr;
  value: Expr;
  arrow: number;
}

export interface IncDecStmt extends NodeBase {
  kind: 'IncDecStmt';
  x: Expr;
  tok: '++' | '--';
  tokPos: number;
}

export type AssignTok =
  | '=' | ':='
  | '+=' | '-=' | '|=' | '^=' | '*=' | '/=' | '%=' | '&=' | '&^=' | '<<=' | '>>=';

export interface AssignStmt extends NodeBase {
  kind: 'AssignStmt';
  lhs: Expr[];
  tok: AssignTok;
  tokPos: number;
  rhs: Expr[];
}

/** `go call` or `defer call`. The parser accepts any expression (gc does); the checker rejects non-calls. */
export interface GoStmt extends NodeBase {
  kind: 'GoStmt';
  call: Expr;
}

export interface DeferStmt extends NodeBase {
  kind: 'DeferStmt';
  call: Expr;
}

export interface ReturnStmt extends NodeBase {
  kind: 'ReturnStmt';
  results: Expr[];
}

export type BranchTok = 'break' | 'continue' | 'goto' | 'fallthrough';

export interface BranchStmt extends NodeBase {
  kind: 'BranchStmt';
  tok: BranchTok;
  label: Ident | null;
}

export interface BlockStmt extends NodeBase {
  kind: 'BlockStmt';
  lbrace: number;
  list: Stmt[];
  rbrace: number;
}

export interface IfStmt extends NodeBase {
  kind: 'IfStmt';
  init: Stmt | null;
  cond: Expr;
  body: BlockStmt;
  /** null, an IfStmt or a BlockStmt. */
  else: Stmt | null;
}

/** `case list:` (list non-null) or `default:` (list null) in a switch. */
export interface CaseClause extends NodeBase {
  kind: 'CaseClause';
  list: Expr[] | null;
  colon: number;
  body: Stmt[];
}

/** body: a BlockStmt whose list holds only CaseClauses. */
export interface SwitchStmt extends NodeBase {
  kind: 'SwitchStmt';
  init: Stmt | null;
  tag: Expr | null;
  body: BlockStmt;
}

/**
 * switch init; x := y.(type) { ... }. assign is an AssignStmt (tok ':=', one lhs Ident,
 * rhs a TypeAssertExpr with type null) or an ExprStmt holding that TypeAssertExpr.
 */
export interface TypeSwitchStmt extends NodeBase {
  kind: 'TypeSwitchStmt';
  init: Stmt | null;
  assign: Stmt;
  body: BlockStmt;
}

/** `case comm:` (comm a SendStmt, ExprStmt `<-c` or AssignStmt `v, ok := <-c`) or `default:` (comm null). */
export interface CommClause extends NodeBase {
  kind: 'CommClause';
  comm: Stmt | null;
  colon: number;
  body: Stmt[];
}

/** body: a BlockStmt whose list holds only CommClauses. */
export interface SelectStmt extends NodeBase {
  kind: 'SelectStmt';
  body: BlockStmt;
}

export interface ForStmt extends NodeBase {
  kind: 'ForStmt';
  init: Stmt | null;
  cond: Expr | null;
  post: Stmt | null;
  body: BlockStmt;
}

/**
 * for key, value := range x { }  (tok ':=' or '='; key/value null when absent; tok null
 * for `for range x`). Covers range over int (go1.22) and over functions (go1.23).
 */
export interface RangeStmt extends NodeBase {
  kind: 'RangeStmt';
  key: Expr | null;
  value: Expr | null;
  /** All expressions left of `:=`/`=` as written (gc accepts more than two; the checker reports it). */
  lhs: Expr[];
  tok: ':=' | '=' | null;
  tokPos: number;
  /** Position of the `range` keyword. */
  range: number;
  x: Expr;
  body: BlockStmt;
}

export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | CaseClause
  | SwitchStmt
  | TypeSwitchStmt
  | CommClause
  | SelectStmt
  | ForStmt
  | RangeStmt;

// ---------------------------------------------------------------------------
// Specs and declarations

export interface ImportSpec extends NodeBase {
  kind: 'ImportSpec';
  /** Local name (incl. `.` and `_`), or null. */
  name: Ident | null;
  /** Import path literal; a BasicLit with bad=true when missing or malformed. */
  path: BasicLit;
}

/** const/var spec. For const, `iota` is the spec's index in its group (0 outside groups). */
export interface ValueSpec extends NodeBase {
  kind: 'ValueSpec';
  names: Ident[];
  type: Expr | null;
  values: Expr[];
  iota: number;
}

export interface TypeSpec extends NodeBase {
  kind: 'TypeSpec';
  name: Ident;
  typeParams: FieldList | null;
  /** Position of `=` for an alias declaration `type A = B`, else -1. */
  assign: number;
  type: Expr;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface BadDecl extends NodeBase {
  kind: 'BadDecl';
}

export type GenTok = 'import' | 'const' | 'type' | 'var';

export interface GenDecl extends NodeBase {
  kind: 'GenDecl';
  tok: GenTok;
  /** Position of `(` for a grouped declaration, or -1. */
  lparen: number;
  specs: Spec[];
  rparen: number;
}

export interface FuncDecl extends NodeBase {
  kind: 'FuncDecl';
  /** Receiver list (a FieldList of one Field for methods), or null. */
  recv: FieldList | null;
  name: Ident;
  /** type.typeParams holds the function's type parameters. */
  type: FuncType;
  /** null for a declaration without body (assembly / natives). */
  body: BlockStmt | null;
  /** Verbs of the `//go:` directives gc attaches to the declaration, e.g. ['go:noinline']. */
  pragmas: string[];
}

export type Decl = BadDecl | GenDecl | FuncDecl;

// ---------------------------------------------------------------------------
// File

export interface File extends NodeBase {
  kind: 'File';
  filename: string;
  /** The source as a byte string (one char code per UTF-8 byte). */
  src: string;
  /** Byte offsets of the first byte of each line: lines[0] = 0. */
  lines: number[];
  package: number;
  name: Ident;
  decls: Decl[];
  /** All import specs, in source order (also reachable through decls). */
  imports: ImportSpec[];
  /** Number of ids handed out: every node id is in [0, nodeCount). */
  nodeCount: number;
}

export type Node = Expr | Stmt | Spec | Decl | Field | FieldList | File;
export type NodeKind = Node['kind'];

// ---------------------------------------------------------------------------
// Helpers

/** The exhaustiveness check that ends every switch over a `kind`. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify((x as { kind?: unknown })?.kind ?? x)}`);
}

/** Byte offsets of line starts in a byte string (a line starts after each '\n'). */
export function lineTable(src: string): number[] {
  const lines = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) lines.push(i + 1);
  return lines;
}

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in bytes, as gc prints it. */
  col: number;
}

/** Line and column of a byte offset, by binary search of the line table: O(log n). */
export function position(lines: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - lines[lo] + 1 };
}

/** position() for a file. */
export function filePosition(file: File, offset: number): Position {
  return position(file.lines, offset);
}

/**
 * The position gc's syntax package (go1.27 cmd/compile/internal/syntax/nodes.go, parser.go)
 * gives a node: "the position of a token uniquely associated with that production".
 * types2 reports many errors at this position (others at the node's start, `pos`).
 * BinaryExpr: the operator; CallExpr: `(`; SelectorExpr and TypeAssertExpr: `.`;
 * IndexExpr, IndexListExpr, SliceExpr: `[`; KeyValueExpr: `:`; CompositeLit: `{`;
 * AssignStmt, IncDecStmt: the operator; SendStmt: `<-`; LabeledStmt: `:`;
 * every other node: its `pos` (keyword or first token).
 */
export function syntaxPos(n: Node): number {
  switch (n.kind) {
    case 'BinaryExpr':
      return n.opPos;
    case 'CallExpr':
      return n.lparen;
    case 'SelectorExpr':
    case 'TypeAssertExpr':
      return n.dot;
    case 'IndexExpr':
    case 'IndexListExpr':
    case 'SliceExpr':
      return n.lbrack;
    case 'KeyValueExpr':
      return n.colon;
    case 'CompositeLit':
      return n.lbrace;
    case 'AssignStmt':
    case 'IncDecStmt':
      return n.tokPos;
    case 'SendStmt':
      return n.arrow;
    case 'LabeledStmt':
      return n.colon;
    default:
      return n.pos;
  }
}
