import { describe, expect, it } from 'vitest';
import { validate, type JsonSchema } from '../../src/components/asm/schema.ts';
import { annotationFiles, dataFiles, functions, index, readJson, schema } from './load.ts';

describe('the schema validator', () => {
  const s: JsonSchema = {
    type: 'object',
    required: ['a'],
    additionalProperties: false,
    properties: {
      a: { type: 'array', items: { $ref: '#/$defs/n' } },
      b: { enum: ['x', 'y'] },
      c: { type: 'string', pattern: '^0x[0-9a-f]+$' },
      d: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'string' }], minItems: 2, maxItems: 2 },
    },
    $defs: { n: { type: 'integer', minimum: 1 } },
  };
  it('accepts a valid value', () => {
    expect(validate(s, { a: [1, 2], b: 'x', c: '0x1f', d: [3, 'z'] })).toEqual([]);
  });
  it('reports each kind of problem with its path', () => {
    expect(validate(s, { a: [0, 'q'], b: 'z', c: '1f', d: ['3'], e: 1 })).toEqual([
      '$.a[0]: below 1',
      '$.a[1]: expected integer, got string',
      '$.b: "z" is not one of ["x","y"]',
      '$.c: "1f" does not match /^0x[0-9a-f]+$/',
      '$.d: fewer than 2 items',
      '$.d[0]: expected integer, got string',
      '$: unexpected property e',
    ]);
    expect(validate(s, {})).toEqual(['$: missing property a']);
  });
});

describe('the committed machine-code data', () => {
  it('every function file matches asm-function.schema.json', () => {
    const sch = schema('asm-function');
    const files = dataFiles();
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) expect(validate(sch, readJson(f)), f).toEqual([]);
  });

  it('index.json matches asm-index.schema.json and lists exactly the function files', () => {
    const idx = index();
    expect(validate(schema('asm-index'), idx)).toEqual([]);
    const listed = idx.versions.flatMap((v) => v.functions.map((f) => `data/go${v.go}/${f.id}.json`)).sort();
    expect(listed).toEqual(dataFiles());
    expect(idx.versions.map((v) => v.go)).toEqual(['1.23', '1.27']);
    expect(idx.licence).toContain('Redistribution and use in source and binary forms');
  });

  it('each listing is consistent: its version, its symbol, ascending addresses, and every cited line quoted', () => {
    for (const fn of functions()) {
      const entry = index().versions.find((v) => v.go === fn.go)!.functions.find((f) => f.id === fn.id)!;
      expect(entry.symbol).toBe(fn.symbol);
      expect(fn.goVersion.startsWith(`go${fn.go}.`)).toBe(true);
      const quoted = new Set(fn.source.flatMap((s) => s.lines.map(([n]) => `${s.path}:${n}`)));
      expect(fn.source[0]!.role).toBe('function');
      expect(fn.source[0]!.path).toBe(fn.file);
      expect(fn.source[0]!.lines).toContainEqual([fn.declLine, expect.stringMatching(/^func /)]);
      for (const arch of ['amd64', 'arm64'] as const) {
        const l = fn.arch[arch];
        expect(l.goarch).toBe(arch);
        expect(l.encoding).toBe(arch === 'amd64' ? 'bytes' : 'words32');
        expect(l.command).toContain(`/usr/lib/go-${fn.go}/bin/go tool objdump`);
        let prev = -1;
        for (const ins of l.instructions) {
          const a = parseInt(ins.addr, 16);
          expect(a, `${fn.id} ${arch} ${ins.addr}`).toBeGreaterThan(prev);
          prev = a;
          expect(quoted.has(`${ins.file}:${ins.line}`), `${fn.go} ${fn.id} ${arch} cites ${ins.file}:${ins.line}`).toBe(true);
          if (arch === 'arm64') expect(ins.enc).toMatch(/^[0-9a-f]{8}$/);
        }
      }
    }
  });
});

describe('the annotation sources', () => {
  it('match asm-annotations.schema.json', () => {
    const sch = schema('asm-annotations');
    const files = annotationFiles();
    expect(files).toEqual(['annotations/go1.23.json', 'annotations/go1.27.json']);
    for (const f of files) expect(validate(sch, readJson(f)), f).toEqual([]);
  });
});
