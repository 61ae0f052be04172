// Tokens and operators, following go1.27 cmd/compile/internal/syntax/tokens.go
// (and its generated token_string.go / operator_string.go). Tokens and operators are
// small integers (as in gc) so the scanner and parser can compare and set-test them
// cheaply; names keep gc's identifiers (`_Name`, `_Lparen`, `OrOr`, `precAdd`).

export type token = number;

export const _EOF = 1;
// names and literals
export const _Name = 2;
export const _Literal = 3;
// operators and operations (_Operator excludes '*' (_Star))
export const _Operator = 4;
export const _AssignOp = 5;
export const _IncOp = 6;
export const _Assign = 7;
export const _Define = 8;
export const _Arrow = 9;
export const _Star = 10;
// delimiters
export const _Lparen = 11;
export const _Lbrack = 12;
export const _Lbrace = 13;
export const _Rparen = 14;
export const _Rbrack = 15;
export const _Rbrace = 16;
export const _Comma = 17;
export const _Semi = 18;
export const _Colon = 19;
export const _Dot = 20;
export const _DotDotDot = 21;
// keywords
export const _Break = 22;
export const _Case = 23;
export const _Chan = 24;
export const _Const = 25;
export const _Continue = 26;
export const _Default = 27;
export const _Defer = 28;
export const _Else = 29;
export const _Fallthrough = 30;
export const _For = 31;
export const _Func = 32;
export const _Go = 33;
export const _Goto = 34;
export const _If = 35;
export const _Import = 36;
export const _Interface = 37;
export const _Map = 38;
export const _Package = 39;
export const _Range = 40;
export const _Return = 41;
export const _Select = 42;
export const _Struct = 43;
export const _Switch = 44;
export const _Type = 45;
export const _Var = 46;
export const tokenCount = 47;

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
export const IntLit = 0;
export const FloatLit = 1;
export const ImagLit = 2;
export const RuneLit = 3;
export const StringLit = 4;

export type Operator = number;
export const Def = 1; // :
export const Not = 2; // !
export const Recv = 3; // <-
export const Tilde = 4; // ~
// precOrOr
export const OrOr = 5; // ||
// precAndAnd
export const AndAnd = 6; // &&
// precCmp
export const Eql = 7; // ==
export const Neq = 8; // !=
export const Lss = 9; // <
export const Leq = 10; // <=
export const Gtr = 11; // >
export const Geq = 12; // >=
// precAdd
export const Add = 13; // +
export const Sub = 14; // -
export const Or = 15; // |
export const Xor = 16; // ^
// precMul
export const Mul = 17; // *
export const Div = 18; // /
export const Rem = 19; // %
export const And = 20; // &
export const AndNot = 21; // &^
export const Shl = 22; // <<
export const Shr = 23; // >>

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
