// One-line helpers for frontend tests (DESIGN.md "Tests use one-line helpers").
import { expect } from 'vitest';
import { formatBuildErrors } from '../../src/engine/api.ts';
import type * as ast from '../../src/engine/frontend/ast.ts';
import { parseFile } from '../../src/engine/frontend/parser.ts';
import { forEachChild } from '../../src/engine/frontend/walk.ts';

/** Parses src as prog.go, expects no diagnostics, returns the File. */
export function expectParse(src: string): ast.File {
  const r = parseFile(src, 'prog.go');
  expect(formatBuildErrors(r.diagnostics)).toBe('# command-line-arguments\n');
  expect(r.stop).toBe(false);
  return r.file;
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

/** Returns the first violated invariant in file's tree, or null. */
export function checkTree(file: ast.File): string | null {
  const seen = new Set<number>();
  let problem: string | null = null;
  const visit = (n: ast.Node): void => {
    if (problem !== null) return;
    if (seen.has(n.id)) problem = `id ${n.id} (${n.kind}) seen twice`;
    else if (n.id < 0 || n.id >= file.nodeCount) problem = `id ${n.id} out of range`;
    else if (n.pos > n.end) problem = `${n.kind} at ${n.pos}: pos > end`;
    seen.add(n.id);
    let prev = -1;
    forEachChild(n, (c) => {
      if (problem !== null || c.kind === 'BadExpr') return;
      if (c.pos < n.pos || c.end > n.end) problem = `${c.kind} [${c.pos},${c.end}) not inside ${n.kind} [${n.pos},${n.end})`;
      else if (n.kind !== 'FuncDecl' && c.pos < prev) problem = `${c.kind} at ${c.pos} before its previous sibling in ${n.kind}`;
      prev = c.pos;
      visit(c);
    });
  };
  visit(file);
  return problem;
}
