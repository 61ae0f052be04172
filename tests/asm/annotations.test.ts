import { describe, expect, it } from 'vitest';
import { resolveAnnotations } from '../../src/components/asm/annotate.ts';
import { annotations, fn, index } from './load.ts';

describe.each(['1.23', '1.27'])('annotations of Go %s', (go) => {
  const file = annotations(go);
  const ids = new Set(index().versions.find((v) => v.go === go)!.functions.map((f) => f.id));

  it('name only functions that exist in the data', () => {
    expect(file.go).toBe(go);
    for (const a of file.annotations) for (const f of a.functions) expect(ids, `${a.id} names ${f}`).toContain(f);
  });

  it('every annotation matches source lines and instructions of every function it names', () => {
    let resolved = 0;
    for (const id of ids) {
      for (const r of resolveAnnotations(fn(go, id), file.annotations)) {
        expect(r.problems).toEqual([]);
        expect(r.lines.length).toBeGreaterThan(0);
        expect(r.instructions.amd64.length).toBeGreaterThan(0);
        expect(r.instructions.arm64.length).toBeGreaterThan(0);
        resolved++;
      }
    }
    expect(resolved).toBeGreaterThan(40);
  });

  it('gives each function at most one annotation per id, and every checked function a "check"', () => {
    for (const id of ids) {
      const rs = resolveAnnotations(fn(go, id), file.annotations);
      const seen = rs.map((r) => r.annotation.id);
      expect(new Set(seen).size, `${id}: ${seen.join(',')}`).toBe(seen.length);
      if (fn(go, id).role !== 'fatal') expect(seen, id).toContain('check');
    }
  });
});
