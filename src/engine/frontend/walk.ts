// Generic traversal of the AST (like go/ast.Inspect): forEachChild calls visit on each
// direct child of a node in source order (a FuncDecl's type comes after its name, as
// in go/ast.Walk); inspect walks a whole subtree depth-first.

import type * as ast from './ast.ts';
import { assertNever } from './ast.ts';

type Visit = (n: ast.Node) => void;

function all(list: readonly ast.Node[] | null, visit: Visit): void {
  if (list !== null) for (const n of list) visit(n);
}

function opt(n: ast.Node | null, visit: Visit): void {
  if (n !== null) visit(n);
}

/** Calls visit on every direct child of n. */
export function forEachChild(n: ast.Node, visit: Visit): void {
  switch (n.kind) {
    // expressions
    case 'BadExpr':
    case 'Ident':
    case 'BasicLit':
      return;
    case 'Ellipsis':
      return opt(n.elt, visit);
    case 'CompositeLit':
      opt(n.type, visit);
      return all(n.elts, visit);
    case 'FuncLit':
      visit(n.type);
      return visit(n.body);
    case 'ParenExpr':
    case 'StarExpr':
    case 'UnaryExpr':
      return visit(n.x);
    case 'SelectorExpr':
      visit(n.x);
      return visit(n.sel);
    case 'IndexExpr':
      visit(n.x);
      return visit(n.index);
    case 'IndexListExpr':
      visit(n.x);
      return all(n.indices, visit);
    case 'SliceExpr':
      visit(n.x);
      opt(n.low, visit);
      opt(n.high, visit);
      return opt(n.max, visit);
    case 'TypeAssertExpr':
      visit(n.x);
      return opt(n.type, visit);
    case 'CallExpr':
      visit(n.fun);
      return all(n.args, visit);
    case 'BinaryExpr':
      visit(n.x);
      return visit(n.y);
    case 'KeyValueExpr':
      visit(n.key);
      return visit(n.value);
    case 'ArrayType':
      opt(n.len, visit);
      return visit(n.elt);
    case 'StructType':
      return visit(n.fields);
    case 'FuncType':
      opt(n.typeParams, visit);
      visit(n.params);
      return opt(n.results, visit);
    case 'InterfaceType':
      return visit(n.methods);
    case 'MapType':
      visit(n.key);
      return visit(n.value);
    case 'ChanType':
      return visit(n.value);

    // fields
    case 'Field':
      all(n.names, visit);
      visit(n.type);
      return opt(n.tag, visit);
    case 'FieldList':
      return all(n.list, visit);

    // statements
    case 'BadStmt':
    case 'EmptyStmt':
      return;
    case 'DeclStmt':
      return visit(n.decl);
    case 'LabeledStmt':
      visit(n.label);
      return visit(n.stmt);
    case 'ExprStmt':
      return visit(n.x);
    case 'SendStmt':
      visit(n.chan);
      return visit(n.value);
    case 'IncDecStmt':
      return visit(n.x);
    case 'AssignStmt':
      all(n.lhs, visit);
      return all(n.rhs, visit);
    case 'GoStmt':
    case 'DeferStmt':
      return visit(n.call);
    case 'ReturnStmt':
      return all(n.results, visit);
    case 'BranchStmt':
      return opt(n.label, visit);
    case 'BlockStmt':
      return all(n.list, visit);
    case 'IfStmt':
      opt(n.init, visit);
      visit(n.cond);
      visit(n.body);
      return opt(n.else, visit);
    case 'CaseClause':
      all(n.list, visit);
      return all(n.body, visit);
    case 'SwitchStmt':
      opt(n.init, visit);
      opt(n.tag, visit);
      return visit(n.body);
    case 'TypeSwitchStmt':
      opt(n.init, visit);
      visit(n.assign);
      return visit(n.body);
    case 'CommClause':
      opt(n.comm, visit);
      return all(n.body, visit);
    case 'SelectStmt':
      return visit(n.body);
    case 'ForStmt':
      opt(n.init, visit);
      opt(n.cond, visit);
      opt(n.post, visit);
      return visit(n.body);
    case 'RangeStmt':
      all(n.lhs, visit);
      visit(n.x);
      return visit(n.body);

    // specs and declarations
    case 'ImportSpec':
      opt(n.name, visit);
      return visit(n.path);
    case 'ValueSpec':
      all(n.names, visit);
      opt(n.type, visit);
      return all(n.values, visit);
    case 'TypeSpec':
      visit(n.name);
      opt(n.typeParams, visit);
      return visit(n.type);
    case 'BadDecl':
      return;
    case 'GenDecl':
      return all(n.specs, visit);
    case 'FuncDecl':
      opt(n.recv, visit);
      visit(n.name);
      visit(n.type);
      return opt(n.body, visit);
    case 'File':
      visit(n.name);
      return all(n.decls, visit);
    default:
      return assertNever(n, 'node');
  }
}

/** Depth-first pre-order walk; visit returns false to skip a node's children. */
export function inspect(n: ast.Node, visit: (n: ast.Node) => boolean): void {
  if (!visit(n)) return;
  forEachChild(n, (c) => inspect(c, visit));
}
