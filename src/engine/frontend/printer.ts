// Short-form printing of expressions and simple statements as gc prints them in
// messages: go1.27 cmd/compile/internal/syntax/printer.go, String(n) (ShortForm):
// function and composite literal bodies print as `{…}`, binary expressions print
// without added parentheses, struct/interface members are separated by "; ".
// Results are byte strings (identifiers and literals are byte strings); decode with
// text.ts utf8Decode before showing them.

import type * as ast from './ast.ts';
import { assertNever } from './ast.ts';

/** "…" (U+2026) as UTF-8 bytes. */
const ellipsisBytes = '\u00e2\u0080\u00a6';

export function exprString(x: ast.Expr): string {
  switch (x.kind) {
    case 'BadExpr':
      return '<bad expr>';
    case 'Ident':
      return x.name;
    case 'BasicLit':
      return x.value;
    case 'Ellipsis':
      return x.elt === null ? '...' : '...' + exprString(x.elt);
    case 'CompositeLit':
      return (x.type !== null ? exprString(x.type) : '') + '{' + (x.elts.length > 0 ? ellipsisBytes : '') + '}';
    case 'FuncLit':
      return exprString(x.type) + ' {' + (x.body.list.length > 0 ? ellipsisBytes : '') + '}';
    case 'ParenExpr':
      return '(' + exprString(x.x) + ')';
    case 'SelectorExpr':
      return exprString(x.x) + '.' + x.sel.name;
    case 'IndexExpr':
      return exprString(x.x) + '[' + exprString(x.index) + ']';
    case 'IndexListExpr':
      return exprString(x.x) + '[' + exprListString(x.indices) + ']';
    case 'SliceExpr':
      return (
        exprString(x.x) + '[' +
        (x.low !== null ? exprString(x.low) : '') + ':' +
        (x.high !== null ? exprString(x.high) : '') +
        (x.max !== null ? ':' + exprString(x.max) : '') + ']'
      );
    case 'TypeAssertExpr':
      return exprString(x.x) + '.(' + (x.type !== null ? exprString(x.type) : 'type') + ')';
    case 'CallExpr':
      return exprString(x.fun) + '(' + exprListString(x.args) + (x.ellipsis >= 0 ? '...' : '') + ')';
    case 'StarExpr':
      return '*' + exprString(x.x);
    case 'UnaryExpr':
      return x.op + exprString(x.x);
    case 'BinaryExpr':
      return exprString(x.x) + ' ' + x.op + ' ' + exprString(x.y);
    case 'KeyValueExpr':
      return exprString(x.key) + ': ' + exprString(x.value);
    case 'ArrayType':
      if (x.len === null) return '[]' + exprString(x.elt);
      return '[' + exprString(x.len) + ']' + exprString(x.elt);
    case 'StructType':
      return 'struct{' + x.fields.list.map(fieldString).join('; ') + '}';
    case 'FuncType':
      return 'func' + signatureString(x);
    case 'InterfaceType':
      return 'interface{' + x.methods.list.map(methodString).join('; ') + '}';
    case 'MapType':
      return 'map[' + exprString(x.key) + ']' + exprString(x.value);
    case 'ChanType': {
      let s = x.dir === 'recv' ? '<-chan' : 'chan';
      if (x.dir === 'send') s += '<-';
      s += ' ';
      if (x.dir === 'both' && x.value.kind === 'ChanType' && x.value.dir === 'recv') return s + '(' + exprString(x.value) + ')';
      return s + exprString(x.value);
    }
    default:
      return assertNever(x, 'expression');
  }
}

export function exprListString(list: readonly ast.Expr[]): string {
  return list.map(exprString).join(', ');
}

function fieldString(f: ast.Field): string {
  let s = f.names.length === 0 ? exprString(f.type) : f.names.map((n) => n.name).join(', ') + ' ' + exprString(f.type);
  if (f.tag !== null) s += ' ' + f.tag.value;
  return s;
}

function methodString(f: ast.Field): string {
  if (f.names.length > 0 && f.type.kind === 'FuncType') return f.names[0].name + signatureString(f.type);
  return exprString(f.type);
}

function paramListString(list: ast.FieldList, open: string, close: string): string {
  return open + list.list.map((f) => (f.names.length === 0 ? exprString(f.type) : f.names.map((n) => n.name).join(', ') + ' ' + exprString(f.type))).join(', ') + close;
}

/** printSignature: `(params) result` or `(params) (results)`. */
export function signatureString(t: ast.FuncType): string {
  let s = paramListString(t.params, '(', ')');
  const res = t.results;
  if (res !== null) {
    s += ' ';
    if (res.list.length === 1 && res.list[0].names.length === 0) s += exprString(res.list[0].type);
    else s += paramListString(res, '(', ')');
  }
  return s;
}

/** String(stmt) for the simple statements gc prints in messages. */
export function stmtString(s: ast.Stmt): string {
  switch (s.kind) {
    case 'AssignStmt':
      return exprListString(s.lhs) + ' ' + s.tok + ' ' + exprListString(s.rhs);
    case 'IncDecStmt':
      return exprString(s.x) + s.tok;
    case 'SendStmt':
      return exprString(s.chan) + ' <- ' + exprString(s.value);
    case 'ExprStmt':
      return exprString(s.x);
    case 'EmptyStmt':
      return '';
    case 'GoStmt':
      return 'go ' + exprString(s.call);
    case 'DeferStmt':
      return 'defer ' + exprString(s.call);
    case 'ReturnStmt':
      return s.results.length > 0 ? 'return ' + exprListString(s.results) : 'return';
    case 'BranchStmt':
      return s.label !== null ? s.tok + ' ' + s.label.name : s.tok;
    case 'BadStmt':
    case 'DeclStmt':
    case 'LabeledStmt':
    case 'BlockStmt':
    case 'IfStmt':
    case 'CaseClause':
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
    case 'CommClause':
    case 'SelectStmt':
    case 'ForStmt':
    case 'RangeStmt':
      return s.kind;
    default:
      return assertNever(s, 'statement');
  }
}
