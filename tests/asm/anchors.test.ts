import { describe, expect, it } from 'vitest';
import { asmAnchorFor, asmFunctionId, asmGoVersion, frameFunctionName, ASM_GO_VERSIONS } from '../../src/components/asm/anchors.ts';
import { resolveAnnotations, viewId } from '../../src/components/asm/annotate.ts';
import { annotations, fn, index } from './load.ts';

describe('asmAnchorFor', () => {
  it('links a traceback frame to the function view at its check', () => {
    expect(asmAnchorFor('1.27', 'runtime.mapaccess1_fast64')).toBe('asm-1.27-mapaccess1_fast64-check');
    expect(asmAnchorFor('go1.23.5', 'runtime.mapassign_fast64(0x45ea60, 0xc000068000, 0x0)')).toBe('asm-1.23-mapassign_fast64-check');
    expect(asmAnchorFor('1.27.4', 'internal/runtime/maps.(*Iter).Next(0xc00001e0a0)')).toBe('asm-1.27-maps.Iter.Next-check');
    expect(asmAnchorFor('1.27', 'internal/runtime/maps.fatal({0x482ac6?, 0x44eb9f?})')).toBe('asm-1.27-maps.fatal');
    expect(asmAnchorFor('1.23', 'runtime.fatal')).toBe('asm-1.23-fatal');
  });
  it('returns null for versions and functions the chapter does not show', () => {
    expect(asmAnchorFor('1.24', 'runtime.mapaccess1_fast64')).toBeNull();
    expect(asmAnchorFor('1.27', 'main.main')).toBeNull();
    expect(asmAnchorFor('1.23', 'runtime.mapIterNext')).toBeNull();
    expect(asmAnchorFor('banana', 'runtime.fatal')).toBeNull();
  });
  it('parses versions and frame names', () => {
    expect(asmGoVersion('go1.27.4')).toBe('1.27');
    expect(asmGoVersion('1.23')).toBe('1.23');
    expect(asmGoVersion('2.0')).toBeNull();
    expect(frameFunctionName('internal/runtime/maps.(*Map).Delete(0x1, 0x2)')).toBe('internal/runtime/maps.(*Map).Delete');
    expect(frameFunctionName('runtime.fatal({0x4807f0, 0x15})')).toBe('runtime.fatal');
    expect(frameFunctionName('runtime.mapiternext(...)')).toBe('runtime.mapiternext');
  });
  it('covers every function of the data, and each anchor names a real symbol and an annotation that resolves', () => {
    expect([...ASM_GO_VERSIONS]).toEqual(index().versions.map((v) => v.go));
    for (const v of index().versions) {
      for (const f of v.functions) {
        expect(asmFunctionId(v.go, f.symbol), f.symbol).toBe(f.id);
        const anchor = asmAnchorFor(v.go, f.symbol)!;
        if (f.role === 'fatal') {
          expect(anchor).toBe(viewId(v.go, f.id));
        } else {
          const rs = resolveAnnotations(fn(v.go, f.id), annotations(v.go).annotations);
          expect(rs.map((r) => r.anchor)).toContain(anchor);
        }
      }
    }
  });
});
