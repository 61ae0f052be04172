// The checker's own contract beyond gc's messages: Go Map Lab's `not supported` errors,
// and the Info that CORE reads (init order, types, constant values, selections, instances).

import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/engine/frontend/parser.ts';
import { formatBuildErrors } from '../../src/engine/api.ts';
import { check } from '../../src/engine/types/index.ts';
import type * as ast from '../../src/engine/frontend/ast.ts';
import { typeString } from '../../src/engine/types/index.ts';
import { constString } from '../../src/engine/types/constant.ts';
import { stubImporter } from './harness.ts';

function checkSrc(src: string, go = '1.27') {
  const p = parseFile(src, 'prog.go');
  expect(p.diagnostics).toEqual([]);
  return { file: p.file, ...check(p.file, { go, importer: stubImporter, errors: p.errors }) };
}

function expectCompileError(src: string, msg: string): void {
  expect(formatBuildErrors(checkSrc(src).diagnostics)).toBe(`# command-line-arguments\n${msg}\n`);
}

describe('not supported by Go Map Lab', () => {
  it('unknown packages, at the import path', () => {
    expectCompileError('package main\n\nimport "net/http"\n\nfunc main() {\n\t_ = http.StatusOK\n}\n', './prog.go:3:8: not supported by Go Map Lab: package "net/http"');
  });
  it('complex numbers', () => {
    expectCompileError('package main\n\nfunc main() {\n\tvar c complex128\n\t_ = c\n}\n', './prog.go:4:8: not supported by Go Map Lab: complex numbers');
    expectCompileError('package main\n\nfunc main() {\n\t_ = 2i\n}\n', './prog.go:4:6: not supported by Go Map Lab: complex numbers');
  });
});

describe('Info', () => {
  it('records the package initialization order as go/types does', () => {
    const r = checkSrc('package main\n\nvar (\n\ta = c + b\n\tb = f()\n\tc = f()\n\td = 3\n)\n\nfunc f() int {\n\td++\n\treturn d\n}\n\nfunc main() {}\n');
    expect(r.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('records types and exact constant values', () => {
    const r = checkSrc('package main\n\nconst big = 1 << 100\nconst k = big >> 98\n\nvar f float64 = 1 << 2\n\nfunc main() { println(k, f) }\n');
    const spec = (r.file.decls[1] as ast.GenDecl).specs[0] as ast.ValueSpec;
    const tv = r.info.types.get(spec.values[0].id)!;
    expect(tv.mode).toBe('constant');
    expect(constString(tv.value!)).toBe('4');
    // go/types keeps 'untyped int' here; we record the default type (index.ts, invariants)
    expect(typeString(tv.type)).toBe('int');
    const fspec = (r.file.decls[2] as ast.GenDecl).specs[0] as ast.ValueSpec;
    expect(typeString(r.info.types.get(fspec.values[0].id)!.type)).toBe('float64');
  });

  it('records selections with index paths through embedded fields', () => {
    const r = checkSrc('package main\n\ntype B struct{ x int }\n\nfunc (b *B) M() {}\n\ntype D struct {\n\tn int\n\t*B\n}\n\nfunc main() {\n\tvar d D\n\td.M()\n\t_ = d.x\n}\n');
    const sels = [...r.info.selections.values()].map((s) => `${s.kind} ${s.obj.name} [${s.index.join(',')}] ${s.indirect}`);
    expect(sels).toEqual(['MethodVal M [1,0] true', 'FieldVal x [1,0] true']);
  });

  it('records instances of generic functions with inferred type arguments', () => {
    const r = checkSrc('package main\n\nfunc Map[T, U any](xs []T, f func(T) U) []U { return nil }\n\nfunc main() {\n\t_ = Map([]int{1}, func(i int) string { return "" })\n}\n');
    const inst = [...r.info.instances.values()].map((i) => i.typeArgs.map((t) => typeString(t)).join(','));
    expect(inst).toEqual(['int,string']);
  });

  it('records the language version', () => {
    expect(checkSrc('package main\n\nfunc main() {}\n', '1.22').info.goVersion).toBe('1.22');
  });
});
