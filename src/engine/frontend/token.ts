// Tokens and operators, following go1.27 cmd/compile/internal/syntax/tokens.go
// (and its generated token_string.go / operator_string.go). Tokens and operators are
// small integers (as in gc) so the scanner and parser can compare and set-test them
// cheaply; names keep gc's identifiers (`_Name`, `_Lparen`, `OrOr`, `precAdd`).

export type token = number;

export const _EOF: token = 1;
// names and literals
export const _Name: token = 2;
export const _Literal: token = 3;
// operators and operations (_Operator excludes '*' (_Star))
export const _Operator: token = 4;
export const _AssignOp: token = 5;
export const _IncOp: token = 6;
export const _Assign: token = 7;
export const _Define: token = 8;
export const _Arrow: token = 9;
export const _Star: token = 10;
// delimiters
export const _Lparen: token = 11;
export const _Lbrack: token = 12;
export const _Lbrace: token = 13;
export const _Rparen: token = 14;
export const _Rbrack: token = 15;
export const _Rbrace: token = 16;
export const _Comma: token = 17;
export const _Semi: token = 18;
export const _Colon: token = 19;
export const _Dot: token = 20;
export const _DotDotDot: token = 21;
// keywords
export const _Break: token = 22;
export const _Case: token = 23;
export const _Chan: token = 24;
export const _Const: token = 25;
export const _Continue: token = 26;
export const _Default: token = 27;
export const _Defer: token = 28;
export const _Else: token = 29;
export const _Fallthrough: token = 30;
export const _For: token = 31;
export const _Func: token = 32;
export const _Go: token = 33;
export const _Goto: token = 34;
export const _If: token = 35;
export const _Import: token = 36;
export const _Interface: token = 37;
export const _Map: token = 38;
export const _Package: token = 39;
export const _Range: token = 40;
export const _Return: token = 41;
export const _Select: token = 42;
export const _Struct: token = 43;
export const _Switch: token = 44;
export const _Type: token = 45;
export const _Var: token = 46;
export const tokenCount: token = 47;

/** token.String() (token_string.go). */
const tokenNames: readonly string[] = [
  '', 'EOF', 'name', 'literal', 'op', 'op=', 'opop', '=', ':=', '<-', '*',
  '(', '[', '{', ')', ']', '}', ',', ';', ':', '.', '...',
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough',
  'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range',
  'return', 'select', 'struct', 'switch', 'type', 'var',
];

export function tokenString(tok: token): string {
  return tokenNames[tok] ?? `token(${tok})`;
}

/** Keyword spelling → token. */
export const keywords: ReadonlyMap<string, token> = new Map(
  tokenNames.slice(_Break, _Var + 1).map((name, i) => [name, _Break + i] as const),
);

export type LitKind = number;
export const IntLit: LitKind = 0;
export const FloatLit: LitKind = 1;
export const ImagLit: LitKind = 2;
export const RuneLit: LitKind = 3;
export const StringLit: LitKind = 4;

export type Operator = number;
export const Def: Operator = 1; // :
export const Not: Operator = 2; // !
export const Recv: Operator = 3; // <-
export const Tilde: Operator = 4; // ~
// precOrOr
export const OrOr: Operator = 5; // ||
// precAndAnd
export const AndAnd: Operator = 6; // &&
// precCmp
export const Eql: Operator = 7; // ==
export const Neq: Operator = 8; // !=
export const Lss: Operator = 9; // <
export const Leq: Operator = 10; // <=
export const Gtr: Operator = 11; // >
export const Geq: Operator = 12; // >=
// precAdd
export const Add: Operator = 13; // +
export const Sub: Operator = 14; // -
export const Or: Operator = 15; // |
export const Xor: Operator = 16; // ^
// precMul
export const Mul: Operator = 17; // *
export const Div: Operator = 18; // /
export const Rem: Operator = 19; // %
export const And: Operator = 20; // &
export const AndNot: Operator = 21; // &^
export const Shl: Operator = 22; // <<
export const Shr: Operator = 23; // >>

const operatorNames: readonly string[] = [
  '', ':', '!', '<-', '~', '||', '&&', '==', '!=', '<', '<=', '>', '>=',
  '+', '-', '|', '^', '*', '/', '%', '&', '&^', '<<', '>>',
];

/** Operator.String() (operator_string.go). */
export function operatorString(op: Operator): string {
  return operatorNames[op] ?? `Operator(${op})`;
}

// Operator precedences
export const precOrOr = 1;
export const precAndAnd = 2;
export const precCmp = 3;
export const precAdd = 4;
export const precMul = 5;
