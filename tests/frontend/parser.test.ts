// Focused checks of the AST the parser builds (shapes and positions are the frontend's
// own contract, ast.ts). Syntax-error wording is checked against real gc in
// syntax-goldens.test.ts, errorcheck.test.ts and corpus.test.ts.
import { describe, expect, it } from 'vitest';
import type * as ast from '../../src/engine/frontend/ast.ts';
import { position, syntaxPos } from '../../src/engine/frontend/ast.ts';
import { parseFile } from '../../src/engine/frontend/parser.ts';
import { exprString } from '../../src/engine/frontend/printer.ts';
import { utf8Decode } from '../../src/engine/frontend/text.ts';
import { checkTree, expectParse, parseExpr, parseStmts } from './helpers.ts';

function decl<K extends ast.Decl['kind']>(file: ast.File, i: number, kind: K): Extract<ast.Decl, { kind: K }> {
  const d = file.decls[i];
  expect(d.kind).toBe(kind);
  return d as Extract<ast.Decl, { kind: K }>;
}

function typeSpec(src: string): ast.TypeSpec {
  const f = expectParse(`package p\n\n${src}\n`);
  return decl(f, 0, 'GenDecl').specs[0] as ast.TypeSpec;
}

describe('generics', () => {
  it('parses type parameter lists with union and tilde constraints', () => {
    const f = expectParse('package p\n\nfunc Sum[T ~int | ~float64, U any](xs []T, u U) T { return xs[0] }\n');
    const fn = decl(f, 0, 'FuncDecl');
    const tps = fn.type.typeParams as ast.FieldList;
    expect(tps.list.map((fl) => fl.names.map((n) => n.name))).toEqual([['T'], ['U']]);
    expect(exprString(tps.list[0].type)).toBe('~int | ~float64');
    const u = tps.list[0].type as ast.BinaryExpr;
    expect(u.kind).toBe('BinaryExpr');
    expect(u.op).toBe('|');
    expect((u.x as ast.UnaryExpr).op).toBe('~');
  });

  it('parses instantiations with one and several type arguments', () => {
    expect(parseExpr('f[int]').kind).toBe('IndexExpr');
    const x = parseExpr('f[int, string](1)') as ast.CallExpr;
    expect(x.kind).toBe('CallExpr');
    expect(x.fun.kind).toBe('IndexListExpr');
    expect((x.fun as ast.IndexListExpr).indices.map(exprString)).toEqual(['int', 'string']);
  });

  it('tells generic type declarations from array types', () => {
    expect(typeSpec('type A [N]int').typeParams).toBeNull();
    expect(typeSpec('type A [N]int').type.kind).toBe('ArrayType');
    expect(typeSpec('type A [N * M]int').typeParams).toBeNull();
    expect(typeSpec('type G[P *C,] int').typeParams?.list.length).toBe(1);
    expect(exprString((typeSpec('type G[P *C,] int').typeParams as ast.FieldList).list[0].type)).toBe('*C');
    expect(typeSpec('type G[P interface{ m() }] struct{}').typeParams?.list[0].names[0].name).toBe('P');
    expect(typeSpec('type L[T any] struct{ next *L[T]; v T }').type.kind).toBe('StructType');
  });

  it('parses generic aliases and methods on generic types', () => {
    const a = typeSpec('type A[T any] = []T');
    expect(a.assign).toBeGreaterThan(0);
    expect(a.typeParams?.list.length).toBe(1);
    const f = expectParse('package p\n\nfunc (l *List[K, V]) Push(v V) {}\n');
    const recv = decl(f, 0, 'FuncDecl').recv as ast.FieldList;
    expect(exprString(recv.list[0].type)).toBe('*List[K, V]');
  });
});

describe('statements', () => {
  it('parses range over ints, functions and channels', () => {
    const [r1, r2, r3] = parseStmts('for i := range 10 {}\nfor range seq {}\nfor k, v = range m {}') as ast.RangeStmt[];
    expect(r1.kind).toBe('RangeStmt');
    expect(r1.tok).toBe(':=');
    expect((r1.key as ast.Ident).name).toBe('i');
    expect(r1.value).toBeNull();
    expect(r2.tok).toBeNull();
    expect(r2.key).toBeNull();
    expect(r3.tok).toBe('=');
    expect(r3.lhs.map(exprString)).toEqual(['k', 'v']);
  });

  it('parses labels, goto, break and continue with labels', () => {
    const [l, g] = parseStmts('L:\n\tfor {\n\t\tcontinue L\n\t}\n\tgoto L');
    expect(l.kind).toBe('LabeledStmt');
    expect((l as ast.LabeledStmt).stmt.kind).toBe('ForStmt');
    expect(g.kind).toBe('BranchStmt');
    expect((g as ast.BranchStmt).tok).toBe('goto');
  });

  it('parses select with send, receive-assign and default clauses', () => {
    const [s] = parseStmts('select {\ncase c <- 1:\ncase v, ok := <-c:\n\t_, _ = v, ok\ncase <-c:\ndefault:\n}') as ast.SelectStmt[];
    const kinds = s.body.list.map((c) => ((c as ast.CommClause).comm === null ? 'default' : (c as ast.CommClause).comm?.kind));
    expect(kinds).toEqual(['SendStmt', 'AssignStmt', 'ExprStmt', 'default']);
  });

  it('parses type switches with and without a bound variable', () => {
    const [a, b] = parseStmts('switch x := v.(type) {\ncase int, string:\n}\nswitch v.(type) {\ndefault:\n}') as ast.TypeSwitchStmt[];
    expect(a.kind).toBe('TypeSwitchStmt');
    expect(a.assign.kind).toBe('AssignStmt');
    expect(b.kind).toBe('TypeSwitchStmt');
    expect(b.assign.kind).toBe('ExprStmt');
    expect(((a.body.list[0] as ast.CaseClause).list ?? []).map(exprString)).toEqual(['int', 'string']);
  });

  it('treats `T {` in statement headers as a block, and `(T{})` as a literal', () => {
    const [i] = parseStmts('if x == (T{}) {\n}') as ast.IfStmt[];
    expect(exprString(i.cond)).toBe('x == (T{})');
    const [s] = parseStmts('switch x {\n}') as ast.SwitchStmt[];
    expect(exprString(s.tag as ast.Expr)).toBe('x');
  });

  it('parses go, defer, inc/dec, op-assign and send statements', () => {
    const kinds = parseStmts('go f()\ndefer g(1)\nx++\nx -= 2\nc <- x\nx, y = y, x').map((s) => s.kind);
    expect(kinds).toEqual(['GoStmt', 'DeferStmt', 'IncDecStmt', 'AssignStmt', 'SendStmt', 'AssignStmt']);
  });
});

describe('expressions and types', () => {
  it('parses all literal forms', () => {
    for (const [src, kind] of [
      ['0x1p-2', 'FLOAT'], ['0o17', 'INT'], ['1_000', 'INT'], ['017', 'INT'], ['0b1010', 'INT'],
      ['.5e+3', 'FLOAT'], ['1i', 'IMAG'], ['0x1.8p1i', 'IMAG'], ["'\\u00e9'", 'CHAR'], ['`raw\\n`', 'STRING'], ['"a\\tb"', 'STRING'],
    ] as const) {
      const x = parseExpr(src) as ast.BasicLit;
      expect(x.kind).toBe('BasicLit');
      expect(x.litKind).toBe(kind);
      expect(x.value).toBe(src);
    }
  });

  it('respects operator precedence', () => {
    const x = parseExpr('a || b && c == d + e * f') as ast.BinaryExpr;
    expect(x.op).toBe('||');
    expect(((x.y as ast.BinaryExpr).y as ast.BinaryExpr).op).toBe('==');
  });

  it('re-associates <- with channel types', () => {
    const t = parseExpr('make(<-chan int)') as ast.CallExpr;
    expect((t.args[0] as ast.ChanType).dir).toBe('recv');
    expect(exprString(parseExpr('make(chan (<-chan int))'))).toBe('make(chan (<-chan int))');
    expect((parseExpr('<-c') as ast.UnaryExpr).op).toBe('<-');
  });

  it('parses struct, interface, func, map, slice, array and pointer types', () => {
    const s = typeSpec('type S struct {\n\ta, b int `json:"a"`\n\t*Embedded\n\tpkg.T\n\tf func(...int) (x, y string)\n}').type as ast.StructType;
    expect(s.fields.list.map((f) => f.names.length)).toEqual([2, 0, 0, 1]);
    expect(s.fields.list[0].tag?.value).toBe('`json:"a"`');
    expect(exprString(s)).toBe('struct{a, b int `json:"a"`; *Embedded; pkg.T; f func(...int) (x, y string)}');
    const i = typeSpec('type I interface {\n\tM(int) error\n\tfmt.Stringer\n\t~int | ~string\n}').type as ast.InterfaceType;
    expect(i.methods.list.map((f) => f.names.length)).toEqual([1, 0, 0]);
    expect(exprString(typeSpec('type M map[string][]*[4]chan<- int').type)).toBe('map[string][]*[4]chan<- int');
    expect(utf8Decode(exprString(parseExpr('[...]int{1, 2}')))).toBe('[...]int{…}');
  });

  it('parses slices, type assertions, calls with ... and method values', () => {
    const s = parseExpr('a[1:2:3]') as ast.SliceExpr;
    expect(s.slice3).toBe(true);
    expect(exprString(parseExpr('x.(T).m(a, b...)'))).toBe('x.(T).m(a, b...)');
    expect((parseExpr('f(a, b...)') as ast.CallExpr).ellipsis).toBeGreaterThan(0);
  });
});

describe('declarations', () => {
  it('numbers const specs with iota and groups imports', () => {
    const f = expectParse('package p\n\nimport (\n\t"fmt"\n\tstr "strings"\n)\n\nconst (\n\tA = iota\n\tB\n\tC\n)\n');
    expect(f.imports.map((i) => i.path.value)).toEqual(['"fmt"', '"strings"']);
    expect(f.imports[1].name?.name).toBe('str');
    const g = decl(f, 1, 'GenDecl');
    expect(g.tok).toBe('const');
    expect(g.specs.map((s) => (s as ast.ValueSpec).iota)).toEqual([0, 1, 2]);
  });

  it('attaches //go: directives to the function they precede', () => {
    const f = expectParse('package p\n\n//go:noinline\n//go:nosplit\nfunc f() {}\n\n// doc\nfunc g() {}\n');
    expect(decl(f, 0, 'FuncDecl').pragmas).toEqual(['go:noinline', 'go:nosplit']);
    expect(decl(f, 1, 'FuncDecl').pragmas).toEqual([]);
  });

  it('keeps function declarations without body', () => {
    const f = expectParse('package p\n\nfunc Native(x int) int\n');
    expect(decl(f, 0, 'FuncDecl').body).toBeNull();
  });
});

describe('positions', () => {
  const src = 'package main\n\nfunc main() {\n\ts := "héllo"; x := s + "!"\n\t_ = x\n}\n';
  const file = expectParse(src);

  it('gives byte columns as gc prints them', () => {
    const body = decl(file, 0, 'FuncDecl').body as ast.BlockStmt;
    const assign = body.list[1] as ast.AssignStmt;
    // "é" is two bytes, so x sits one byte further right than its UTF-16 index
    expect(position(file.lines, assign.pos)).toEqual({ line: 4, col: src.split('\n')[3].indexOf('x') + 2 });
    expect(syntaxPos(assign.rhs[0])).toBe((assign.rhs[0] as ast.BinaryExpr).opPos);
    expect(file.src.slice(assign.pos, assign.end)).toBe('x := s + "!"');
  });

  it('keeps ids unique and positions nested', () => {
    expect(checkTree(file)).toBeNull();
    const big = expectParse('package p\n\n' + 'func f[T any](x T) (r T) {\n\tfor i := range 3 {\n\t\tswitch {\n\t\tcase i > 1:\n\t\t\tr = x\n\t\t}\n\t}\n\treturn\n}\n'.repeat(50));
    expect(checkTree(big)).toBeNull();
  });

  it('counts a leading BOM in columns, as gc does', () => {
    const f = parseFile('\ufeffpackage p\n', 'prog.go');
    expect(f.diagnostics).toEqual([]);
    expect(position(f.file.lines, f.file.name.pos)).toEqual({ line: 1, col: 12 });
  });
});

describe('limits', () => {
  it('reports absurdly deep nesting as unsupported instead of throwing', () => {
    const r = parseFile(`package p\n\nvar x = ${'('.repeat(20000)}1${')'.repeat(20000)}\n`, 'prog.go');
    expect(r.stop).toBe(true);
    expect(r.diagnostics.length).toBe(1);
    expect(r.diagnostics[0].message).toBe('not supported by Go Map Lab: constructs nested this deeply');
    expect(r.diagnostics[0].line).toBe(3);
  });
});
