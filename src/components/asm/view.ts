// Builds what AsmView renders, from the data and the annotations: for each Go version the
// function's Go source (rows keyed by `file:line`, each with a stable colour), the amd64 and
// arm64 instructions keyed to the same rows, the annotations placed at their first line, and a
// version diff by source-level step. Pure: tests/asm/view.test.ts checks it without Astro.

import { lineKey, resolveAnnotations, viewId, type ResolvedAnnotation } from './annotate.ts';
import { ARCHES, STEPS, type Annotation, type Arch, type AsmFunction, type Step } from './types.ts';

/** Number of distinct line colours (CSS classes asm-c0 … asm-c11). */
export const COLOURS = 12;

export interface Mark {
  anchor: string;
  step: Step;
  label: string;
}

export interface Note extends Mark {
  text: string;
}

export interface SourceRow {
  key: string;
  n: number;
  text: string;
  /** Colour index, or null for lines no instruction cites (comments, blank lines). */
  colour: number | null;
  count: Record<Arch, number>;
  marks: Mark[];
  /** Annotations whose first matched line this is: their note goes right after the row. */
  notes: Note[];
}

export interface SourceBlock {
  path: string;
  role: 'function' | 'inlined';
  copyright: string;
  rows: SourceRow[];
}

export interface InsnRow {
  addr: string;
  enc: string;
  text: string;
  key: string;
  /** `:line` in the function's own file, `file.go:line` in an inlined file. */
  where: string;
  colour: number | null;
  marks: Mark[];
}

export interface Panel {
  go: string;
  goVersion: string;
  id: string;
  symbol: string;
  file: string;
  viewId: string;
  source: SourceBlock[];
  arch: Record<Arch, InsnRow[]>;
  annotations: ResolvedAnnotation[];
}

export interface DiffCell {
  labels: string[];
  lines: string[];
  insns: Record<Arch, string[]>;
}

export interface DiffRow {
  step: Step;
  cells: (DiffCell | null)[];
}

export function buildPanel(fn: AsmFunction, annotations: Annotation[]): Panel {
  const resolved = resolveAnnotations(fn, annotations);
  const problems = resolved.flatMap((r) => r.problems);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const cited = new Set(ARCHES.flatMap((a) => fn.arch[a].instructions.map((i) => lineKey(i.file, i.line))));
  const colours = new Map<string, number>();
  for (const f of fn.source) for (const [n] of f.lines) {
    const k = lineKey(f.path, n);
    if (cited.has(k)) colours.set(k, colours.size % COLOURS);
  }
  const lineMarks = new Map<string, Mark[]>();
  const lineNotes = new Map<string, Note[]>();
  const insnMarks: Record<Arch, Map<number, Mark[]>> = { amd64: new Map(), arm64: new Map() };
  for (const r of resolved) {
    const mark: Mark = { anchor: r.anchor, step: r.annotation.step, label: r.annotation.label };
    r.lines.forEach((l, i) => {
      const k = lineKey(l.file, l.line);
      lineMarks.set(k, [...(lineMarks.get(k) ?? []), mark]);
      if (i === 0) lineNotes.set(k, [...(lineNotes.get(k) ?? []), { ...mark, text: r.annotation.text }]);
    });
    for (const a of ARCHES) for (const i of r.instructions[a]) insnMarks[a].set(i, [...(insnMarks[a].get(i) ?? []), mark]);
  }
  const counts = new Map<string, Record<Arch, number>>();
  for (const a of ARCHES)
    for (const i of fn.arch[a].instructions) {
      const k = lineKey(i.file, i.line);
      const c = counts.get(k) ?? { amd64: 0, arm64: 0 };
      c[a]++;
      counts.set(k, c);
    }
  const source: SourceBlock[] = fn.source.map((f) => ({
    path: f.path,
    role: f.role,
    copyright: f.copyright,
    rows: f.lines.map(([n, text]) => {
      const key = lineKey(f.path, n);
      return { key, n, text, colour: colours.get(key) ?? null, count: counts.get(key) ?? { amd64: 0, arm64: 0 }, marks: lineMarks.get(key) ?? [], notes: lineNotes.get(key) ?? [] };
    }),
  }));
  const arch = { amd64: [] as InsnRow[], arm64: [] as InsnRow[] };
  for (const a of ARCHES)
    arch[a] = fn.arch[a].instructions.map((ins, i) => {
      const key = lineKey(ins.file, ins.line);
      return { addr: ins.addr, enc: ins.enc, text: ins.text, key, where: ins.file === fn.file ? `:${ins.line}` : `${ins.file.split('/').pop()}:${ins.line}`, colour: colours.get(key) ?? null, marks: insnMarks[a].get(i) ?? [] };
    });
  return { go: fn.go, goVersion: fn.goVersion, id: fn.id, symbol: fn.symbol, file: fn.file, viewId: viewId(fn.go, fn.id), source, arch, annotations: resolved };
}

/** One row per source-level step present in any panel: what each version does there. */
export function buildDiff(panels: Panel[]): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const step of STEPS) {
    const cells = panels.map((p): DiffCell | null => {
      const rs = p.annotations.filter((r) => r.annotation.step === step);
      if (rs.length === 0) return null;
      const fn = (a: Arch, i: number) => p.arch[a][i]!.text;
      return {
        labels: rs.map((r) => r.annotation.label),
        lines: [...new Set(rs.flatMap((r) => r.lines.map((l) => `${l.file}:${l.line}`)))],
        insns: { amd64: rs.flatMap((r) => r.instructions.amd64.map((i) => fn('amd64', i))), arm64: rs.flatMap((r) => r.instructions.arm64.map((i) => fn('arm64', i))) },
      };
    });
    if (cells.some((c) => c !== null)) rows.push({ step, cells });
  }
  return rows;
}
