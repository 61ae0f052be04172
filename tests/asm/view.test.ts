import { describe, expect, it } from 'vitest';
import { buildDiff, buildPanel, COLOURS } from '../../src/components/asm/view.ts';
import { annotations, fn } from './load.ts';

const panel = (go: string, id: string) => buildPanel(fn(go, id), annotations(go).annotations);

describe('AsmView model', () => {
  it('keys every instruction to a quoted source row, with the same colour in both architectures', () => {
    const p = panel('1.23', 'mapassign_fast64');
    const rows = new Map(p.source.flatMap((b) => b.rows.map((r) => [r.key, r] as const)));
    for (const arch of ['amd64', 'arm64'] as const) {
      for (const ins of p.arch[arch]) {
        const row = rows.get(ins.key)!;
        expect(row, ins.key).toBeDefined();
        expect(ins.colour).toBe(row.colour);
        expect(ins.colour).not.toBeNull();
      }
    }
    const counted = [...rows.values()].reduce((n, r) => n + r.count.amd64, 0);
    expect(counted).toBe(p.arch.amd64.length);
    expect(Math.max(...[...rows.values()].map((r) => r.colour ?? 0))).toBeLessThan(COLOURS);
    // Comment lines produce no code and get no colour.
    expect(rows.get('runtime/map_fast64.go:126')!.colour).toBeNull();
  });

  it('places each annotation note after its first line and marks its instructions', () => {
    const p = panel('1.27', 'mapassign_fast64');
    const row = p.source[0]!.rows.find((r) => r.n === 205)!;
    expect(row.notes.map((n) => n.anchor)).toEqual(['asm-1.27-mapassign_fast64-toggle']);
    const marked = p.arch.arm64.filter((i) => i.marks.some((m) => m.step === 'toggle')).map((i) => i.text);
    expect(marked).toEqual(['MOVBU 34(R1), R5', 'EOR $1, R5, R5', 'MOVB R5, 34(R1)']);
    expect(p.arch.amd64.find((i) => i.text === 'CMPB 0x22(BX), $0x0')!.where).toBe(':191');
  });

  it('diffs versions by step: the 1.27 wrapper has no check of its own, 1.23 has no wrapper', () => {
    const d = buildDiff([panel('1.23', 'mapaccess1_fast64'), panel('1.27', 'mapaccess1_fast64')]);
    const byStep = new Map(d.map((r) => [r.step, r.cells] as const));
    expect(byStep.get('wrapper')![0]).toBeNull();
    expect(byStep.get('wrapper')![1]!.insns.amd64).toEqual(['CALL runtime.mapaccess2_fast64(SB)']);
    expect(byStep.get('check')![1]).toBeNull();
    expect(byStep.get('check')![0]!.insns.arm64).toEqual(['MOVBU 8(R1), R2', expect.stringMatching(/^TBZ \$2, R2, /)]);
    const assign = buildDiff([panel('1.23', 'mapassign_fast64'), panel('1.27', 'mapassign_fast64')]);
    const barrier = assign.find((r) => r.step === 'barrier')!;
    expect(barrier.cells[1]).toBeNull();
    expect(barrier.cells[0]!.lines).toEqual(['runtime/map_fast64.go:130']);
  });
});
