// One-line helpers for frontend tests (DESIGN.md "Tests use one-line helpers").
import { expect } from 'vitest';
import { formatBuildErrors } from '../../src/engine/api.ts';
import type * as ast from '../../src/engine/frontend/ast.ts';
import { parseFile } from '../../src/engine/frontend/parser.ts';

/** Parses src as prog.go, expects no diagnostics, returns the File. */
export function expectParse(src: string): ast.File {
  const r = parseFile(src, 'prog.go');
  expect(formatBuildErrors(r.diagnostics)).toBe('# command-line-arguments\n');
  expect(r.stop).toBe(false);
  return r.file;
}

/** Parses src as prog.go and expects exactly these `go build` error lines (without the header). */
export function expectSyntaxError(src: string, ...lines: string[]): void {
  const r = parseFile(src, 'prog.go');
  expect(formatBuildErrors(r.diagnostics)).toBe('# command-line-arguments\n' + lines.map((l) => l + '\n').join(''));
}

/** Parses `package p; func _() { <stmts> }` and returns the body's statements. */
export function parseStmts(stmts: string): ast.Stmt[] {
  const file = expectParse(`package p\n\nfunc _() {\n${stmts}\n}\n`);
  const fn = file.decls[0];
  if (fn.kind !== 'FuncDecl' || fn.body === null) throw new Error('no function body');
  return fn.body.list;
}

/** Parses `package p; var _ = <expr>` and returns the expression. */
export function parseExpr(expr: string): ast.Expr {
  const file = expectParse(`package p\n\nvar _ = ${expr}\n`);
  const d = file.decls[0];
  if (d.kind !== 'GenDecl' || d.specs[0].kind !== 'ValueSpec') throw new Error('no value spec');
  return d.specs[0].values[0];
}
