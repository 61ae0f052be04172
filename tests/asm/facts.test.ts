// The facts chapter 7 states, checked against the generated listings (research/go-facts.md §4).
import { describe, expect, it } from 'vitest';
import { resolveAnnotations } from '../../src/components/asm/annotate.ts';
import type { Arch, AsmFunction } from '../../src/components/asm/types.ts';
import { annotations, fn, functions } from './load.ts';

const texts = (f: AsmFunction, arch: Arch) => f.arch[arch].instructions.map((i) => i.text);
const onLine = (f: AsmFunction, arch: Arch, line: number) =>
  f.arch[arch].instructions.filter((i) => i.file === f.file && i.line === line).map((i) => i.text);
const resolved = (go: string, id: string, ann: string) => {
  const f = fn(go, id);
  const r = resolveAnnotations(f, annotations(go).annotations).find((x) => x.annotation.id === ann)!;
  return { f, r, amd64: r.instructions.amd64.map((i) => f.arch.amd64.instructions[i]!.text), arm64: r.instructions.arm64.map((i) => f.arch.arm64.instructions[i]!.text) };
};

describe('no locked or atomic instruction anywhere in these paths', () => {
  it('amd64: no LOCK prefix, XCHG, CMPXCHG or XADD', () => {
    const all = functions().flatMap((f) => texts(f, 'amd64'));
    expect(all.length).toBeGreaterThan(4000);
    expect(all.filter((t) => /^LOCK|XCHG|XADD/.test(t))).toEqual([]);
  });
  it('arm64: no load-acquire/store-release, exclusive pair, CAS, LDADD or SWP', () => {
    const all = functions().flatMap((f) => texts(f, 'arm64'));
    expect(all.length).toBeGreaterThan(3500);
    expect(all.filter((t) => /^(LDAXR|LDAXP|STLXR|STLXP|LDXR|STXR|LDAR|STLR|CAS|LDADD|LDCLR|LDEOR|LDSET|SWP|DMB)/.test(t))).toEqual([]);
  });
});

describe('Go 1.23: bit 2 of hmap.flags, the byte at offset 8', () => {
  it('the read check is MOVZX 0x8 + TESTL $0x4 on amd64 and MOVBU 8 + TBZ $2 on arm64 (map_fast64.go:21)', () => {
    const f = fn('1.23', 'mapaccess1_fast64');
    expect(onLine(f, 'amd64', 21)).toEqual(['MOVZX 0x8(BX), CX', 'TESTL $0x4, CL', expect.stringMatching(/^JE 0x/)]);
    expect(onLine(f, 'arm64', 21)).toEqual(['MOVBU 8(R1), R2', expect.stringMatching(/^TBZ \$2, R2, /)]);
    expect(onLine(f, 'amd64', 22)).toEqual([expect.stringMatching(/^LEAQ .*\(IP\), AX$/), 'MOVL $0x21, BX', 'CALL runtime.fatal(SB)']);
    expect(onLine(f, 'arm64', 22)).toEqual([expect.stringMatching(/^ADRP /), expect.stringMatching(/^ADD \$\d+, R0, R0$/), 'MOVD $33, R1', 'CALL runtime.fatal(SB)']);
  });
  it('mapassign_fast64 toggles with XOR 4 (:127), re-checks with TBNZ (:196), clears with AND -5 (:199)', () => {
    const f = fn('1.23', 'mapassign_fast64');
    expect(onLine(f, 'amd64', 127).slice(-3)).toEqual(['MOVZX 0x8(BX), CX', 'XORL $0x4, CX', 'MOVB CL, 0x8(BX)']);
    expect(onLine(f, 'arm64', 127).slice(-3)).toEqual(['MOVBU 8(R1), R2', 'EOR $4, R2, R2', 'MOVB R2, 8(R1)']);
    expect(onLine(f, 'amd64', 196)).toEqual(['MOVZX 0x8(BX), SI', 'TESTL $0x4, SI', expect.stringMatching(/^JNE /)]);
    expect(onLine(f, 'arm64', 196)).toEqual(['MOVBU 8(R1), R2', expect.stringMatching(/^TBNZ \$2, R2, /)]);
    expect(onLine(f, 'amd64', 199).slice(-2)).toEqual(['ANDL $-0x5, CX', 'MOVB CL, 0x8(BX)']);
    expect(onLine(f, 'amd64', 122)).toContain('MOVL $0x15, BX');
  });
  it('the only write barrier in mapassign_fast64 guards h.buckets = newobject (:130); reads have none', () => {
    const f = fn('1.23', 'mapassign_fast64');
    for (const arch of ['amd64', 'arm64'] as const) {
      const calls = f.arch[arch].instructions.filter((i) => /gcWriteBarrier/.test(i.text));
      expect(calls.map((i) => [i.text, i.line])).toEqual([['CALL runtime.gcWriteBarrier2(SB)', 130]]);
      expect(texts(fn('1.23', 'mapaccess1_fast64'), arch).filter((t) => /gcWriteBarrier|writeBarrier/.test(t))).toEqual([]);
    }
  });
  it('the iterator checks once per step (map.go:943) and reports with a 38-byte message', () => {
    const { amd64, arm64 } = resolved('1.23', 'mapiternext', 'fatal');
    expect(amd64).toContain('MOVL $0x26, BX');
    expect(arm64).toContain('MOVD $38, R1');
    expect(resolved('1.23', 'mapiternext', 'check').r.lines).toEqual([{ file: 'runtime/map.go', line: 943 }]);
  });
  it('the map pointer arrives in the second argument register: BX on amd64, R1 on arm64', () => {
    for (const id of ['mapaccess1_fast64', 'mapassign_fast64', 'mapaccess1', 'mapassign', 'mapdelete_fast64']) {
      expect(resolved('1.23', id, 'check').amd64[0]).toMatch(/^MOVZX 0x8\((BX)\), \w+$/);
      expect(resolved('1.23', id, 'check').arm64[0]).toMatch(/^MOVBU 8\((R1)\), R\d+$/);
    }
  });
});

describe('Go 1.27: Map.writing, the byte at offset 0x22 (34)', () => {
  it('mapaccess1_fast64 is a wrapper that calls runtime.mapaccess2_fast64 (runtime_fast64.go:17)', () => {
    const f = fn('1.27', 'mapaccess1_fast64');
    for (const arch of ['amd64', 'arm64'] as const) {
      expect(onLine(f, arch, 17)).toEqual(['CALL runtime.mapaccess2_fast64(SB)']);
      expect(texts(f, arch).filter((t) => /0x22|34\(/.test(t))).toEqual([]);
    }
  });
  it('the read check is CMPB 0x22(BX), $0x0 on amd64 and MOVBU 34(R1) + CBNZW on arm64 (runtime_fast64.go:33-34)', () => {
    const f = fn('1.27', 'mapaccess2_fast64');
    expect(onLine(f, 'amd64', 33)).toEqual(['CMPB 0x22(BX), $0x0', expect.stringMatching(/^JNE 0x/)]);
    expect(onLine(f, 'arm64', 33)).toEqual(['MOVBU 34(R1), R3', expect.stringMatching(/^CBNZW R3, /)]);
    expect(onLine(f, 'amd64', 34)).toContain('CALL internal/runtime/maps.fatal(SB)');
    expect(onLine(f, 'amd64', 34)).toContain('MOVL $0x21, BX');
    expect(onLine(f, 'arm64', 34)).toContain('MOVD $33, R1');
  });
  it('mapassign_fast64 toggles with XOR 1 at :205 and :226, re-checks with CMPB/CBNZW at :223', () => {
    const f = fn('1.27', 'mapassign_fast64');
    expect(onLine(f, 'amd64', 191)).toEqual(['CMPB 0x22(BX), $0x0', expect.stringMatching(/^JE /)]);
    expect(onLine(f, 'arm64', 191)).toEqual(['MOVBU 34(R1), R4', expect.stringMatching(/^CBZW R4, /)]);
    expect(onLine(f, 'amd64', 205)).toEqual(expect.arrayContaining(['MOVZX 0x22(BX), DX', 'XORL $0x1, DX', 'MOVB DL, 0x22(BX)']));
    expect(onLine(f, 'arm64', 205)).toEqual(expect.arrayContaining(['MOVBU 34(R1), R5', 'EOR $1, R5, R5', 'MOVB R5, 34(R1)']));
    expect(onLine(f, 'amd64', 223)).toEqual(expect.arrayContaining(['CMPB 0x22(CX), $0x0']));
    expect(onLine(f, 'arm64', 223)).toEqual(expect.arrayContaining([expect.stringMatching(/^CBNZW R3, /)]));
    expect(onLine(f, 'amd64', 226)).toEqual(['MOVQ 0x70(SP), CX', 'MOVZX 0x22(CX), DX', 'XORL $0x1, DX', 'MOVB DL, 0x22(CX)']);
  });
  it('no write barrier in mapassign_fast64 or mapaccess2_fast64; string keys get one for the key store only', () => {
    const f = fn('1.27', 'mapassign_faststr');
    const src = new Map(f.source.flatMap((s) => s.lines.map(([n, t]) => [`${s.path}:${n}`, t.trim()] as const)));
    for (const arch of ['amd64', 'arm64'] as const) {
      const lines = f.arch[arch].instructions.filter((i) => /gcWriteBarrier/.test(i.text)).map((i) => src.get(`${i.file}:${i.line}`));
      expect(lines).toEqual(['*(*string)(slotKey) = key', '*(*string)(slotKey) = key']);
    }
    for (const id of ['mapassign_fast64', 'mapaccess2_fast64'])
      for (const arch of ['amd64', 'arm64'] as const) expect(texts(fn('1.27', id), arch).filter((t) => /gcWriteBarrier/.test(t)), id).toEqual([]);
  });
  it('maps.fatal is runtime.maps_fatal in runtime/panic.go, which calls runtime.fatal (:1197)', () => {
    const f = fn('1.27', 'maps.fatal');
    expect(f.file).toBe('runtime/panic.go');
    expect(f.source[0]!.lines).toContainEqual([1196, 'func maps_fatal(s string) {']);
    for (const arch of ['amd64', 'arm64'] as const) expect(onLine(f, arch, 1197)).toEqual(['CALL runtime.fatal(SB)']);
  });
  it('the iterator check is in (*Iter).Next (table.go:881-882), reached from runtime.mapIterNext', () => {
    expect(resolved('1.27', 'maps.Iter.Next', 'check').r.lines).toEqual([{ file: 'internal/runtime/maps/table.go', line: 881 }]);
    for (const arch of ['amd64', 'arm64'] as const)
      expect(texts(fn('1.27', 'mapIterNext'), arch)).toContain('CALL internal/runtime/maps.(*Iter).Next(SB)');
  });
  it('H2 matching: SSE2 PCMPEQB/PMOVMSKB on amd64, a multiply by 0x0101010101010101 on arm64', () => {
    const { amd64, arm64 } = resolved('1.27', 'mapaccess2_fast64', 'h2match');
    expect(amd64).toEqual(['PCMPEQB X1, X0', 'PMOVMSKB X0, R11']);
    expect(arm64[0]).toBe(`MOVD $${0x0101010101010101n}, R10`);
  });
  it('the map pointer arrives in BX (amd64) and R1 (arm64) for the fast entry points; (*Map).Delete receives it first (AX, R0)', () => {
    for (const id of ['mapaccess2_fast64', 'mapaccess2_faststr', 'mapaccess2', 'mapassign_fast64', 'mapassign_faststr', 'mapassign']) {
      expect(resolved('1.27', id, 'check').amd64[0]).toMatch(/^CMPB 0x22\(BX\), \$0x0$/);
      expect(resolved('1.27', id, 'check').arm64[0]).toMatch(/^MOVBU 34\(R1\), R\d+$/);
    }
    expect(resolved('1.27', 'maps.Map.Delete', 'check').amd64[0]).toBe('CMPB 0x22(AX), $0x0');
    expect(resolved('1.27', 'maps.Map.Delete', 'check').arm64[0]).toBe('MOVBU 34(R0), R3');
  });
});

describe('instruction counts per listing (the chapter quotes them)', () => {
  it('mapaccess1_fast64 shrinks from a full lookup in 1.23 to a 17-instruction wrapper on amd64 in 1.27', () => {
    expect(fn('1.27', 'mapaccess1_fast64').arch.amd64.instructions.length).toBe(17);
    expect(fn('1.23', 'mapaccess1_fast64').arch.amd64.instructions.length).toBeGreaterThan(50);
  });
});

describe('details the chapter quotes', () => {
  it('amd64 instruction lengths: PUSHQ BP 1 byte, short JE 2, MOVZX 0x8(BX), CX 4, NOPW padding 9; arm64 always one word', () => {
    const f = fn('1.23', 'mapaccess1_fast64');
    const len = (text: RegExp) => f.arch.amd64.instructions.find((i) => text.test(i.text))!.enc.length / 2;
    expect(len(/^PUSHQ BP$/)).toBe(1);
    expect(len(/^MOVZX 0x8\(BX\), CX$/)).toBe(4);
    expect(len(/^NOPW 0\(AX\)\(AX\*1\)$/)).toBe(9);
    expect(f.arch.amd64.instructions.find((i) => i.line === 21 && /^JE /.test(i.text))!.enc).toHaveLength(4);
    for (const g of functions()) for (const i of g.arch.arm64.instructions) expect(i.enc).toMatch(/^[0-9a-f]{8}$/);
  });
  it('the key arrives in CX (amd64) and R2 (arm64); the stack check uses R14 and R28', () => {
    const f = fn('1.23', 'mapaccess1_fast64');
    expect(texts(f, 'amd64').slice(0, 6)).toEqual(['CMPQ SP, 0x10(R14)', expect.stringMatching(/^JBE /), 'PUSHQ BP', 'MOVQ SP, BP', 'SUBQ $0x10, SP', 'MOVQ CX, 0x30(SP)']);
    expect(onLine(f, 'amd64', 45)).toContain('CMPQ 0x30(SP), SI');
    const g = fn('1.27', 'mapaccess2_fast64');
    expect(texts(g, 'arm64').slice(0, 3)).toEqual(['MOVD 16(R28), R16', 'CMP R16, RSP', expect.stringMatching(/^BLS /)]);
    expect(texts(g, 'arm64')).toContain('MOVD R2, 24(RSP)');
    // The stack-growth path calls morestack and jumps back to the first instruction.
    const tail = texts(fn('1.27', 'mapaccess1_fast64'), 'amd64').slice(-5);
    expect(tail).toContain('CALL runtime.morestack_noctxt.abi0(SB)');
    expect(tail.at(-1)).toBe('JMP runtime.mapaccess1_fast64(SB)');
  });
  it('1.27 mapdelete_fast64 calls (*Map).Delete at runtime_fast64.go:555; 1.23 mapdelete_fast64 checks at :312 and clears at :393', () => {
    for (const arch of ['amd64', 'arm64'] as const) expect(onLine(fn('1.27', 'mapdelete_fast64'), arch, 555)).toContain('CALL internal/runtime/maps.(*Map).Delete(SB)');
    expect(resolved('1.23', 'mapdelete_fast64', 'check').r.lines).toEqual([{ file: 'runtime/map_fast64.go', line: 312 }]);
    expect(resolved('1.23', 'mapdelete_fast64', 'clear').r.lines).toEqual([{ file: 'runtime/map_fast64.go', line: 393 }]);
    expect(resolved('1.27', 'maps.Map.Delete', 'check').r.lines).toEqual([{ file: 'internal/runtime/maps/map.go', line: 676 }]);
    expect(resolved('1.27', 'maps.Map.Delete', 'clear').r.lines).toEqual([{ file: 'internal/runtime/maps/map.go', line: 705 }]);
  });
  it('string keys: the 1.27 key store gets a barrier at runtime_faststr.go:338 and :382', () => {
    expect(resolved('1.27', 'mapassign_faststr', 'barrier').r.lines.map((l) => l.line)).toEqual([338, 382]);
  });
  it('runtime.fatal ends in fatalthrow(throwTypeUser): go1.23 panic.go:1088, go1.27 panic.go:1269', () => {
    expect(resolved('1.23', 'fatal', 'fatalthrow').r.lines).toEqual([{ file: 'runtime/panic.go', line: 1088 }]);
    expect(resolved('1.27', 'fatal', 'fatalthrow').r.lines).toEqual([{ file: 'runtime/panic.go', line: 1269 }]);
  });
  it('the 1.23 read check sits after the nil/empty test (map_fast64.go:18); 1.27 inlines Used() (map.go:417)', () => {
    expect(fn('1.23', 'mapaccess1_fast64').source[0]!.lines).toContainEqual([18, '\tif h == nil || h.count == 0 {']);
    const f = fn('1.27', 'mapaccess2_fast64');
    expect(f.source.find((s) => s.path === 'internal/runtime/maps/map.go')!.lines).toContainEqual([417, expect.stringContaining('return m.used')]);
  });
});
