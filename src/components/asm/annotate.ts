// Resolves the hand-written annotations (content/asm/annotations) against one function's
// generated listing: which source lines a pattern selects, which instructions of those lines
// each architecture's patterns select, and what did not match (tests fail on any problem, so
// annotations cannot silently rot when the data is regenerated). Pure: used by AsmView at
// build time and by tests/asm.

import { ARCHES, type Annotation, type Arch, type AsmFunction } from './types.ts';

export interface LineRef {
  file: string;
  line: number;
}

export interface ResolvedAnnotation {
  annotation: Annotation;
  /** Fragment id of the annotation's note in this function's view. */
  anchor: string;
  lines: LineRef[];
  /** Indices into `fn.arch[arch].instructions`. */
  instructions: Record<Arch, number[]>;
  problems: string[];
}

/** `file:line`, the key that links source lines and instructions. */
export function lineKey(file: string, line: number): string {
  return `${file}:${line}`;
}

/** Fragment id of a function's view for one Go version, e.g. `asm-1.27-mapaccess2_fast64`. */
export function viewId(go: string, fnId: string): string {
  return `asm-${go}-${fnId}`;
}

/** Fragment id of an annotation inside a function's view, e.g. `asm-1.27-mapaccess2_fast64-check`. */
export function anchorId(go: string, fnId: string, annotationId: string): string {
  return `${viewId(go, fnId)}-${annotationId}`;
}

/** The annotations of `annotations` that name `fn`, resolved against its data. */
export function resolveAnnotations(fn: AsmFunction, annotations: Annotation[]): ResolvedAnnotation[] {
  return annotations.filter((a) => a.functions.includes(fn.id)).map((a) => resolveOne(fn, a));
}

function resolveOne(fn: AsmFunction, a: Annotation): ResolvedAnnotation {
  const problems: string[] = [];
  const where = `go${fn.go} ${fn.id} annotation ${a.id} (${a.label})`;
  const rx = new RegExp(a.source.pattern);
  const lines: LineRef[] = [];
  for (const f of fn.source) {
    if (a.source.file !== undefined && f.path !== a.source.file) continue;
    for (const [n, text] of f.lines) if (rx.test(text)) lines.push({ file: f.path, line: n });
  }
  if (lines.length === 0) problems.push(`${where}: source pattern /${a.source.pattern}/ matches no quoted line`);
  const keys = new Set(lines.map((l) => lineKey(l.file, l.line)));
  const instructions = { amd64: [] as number[], arm64: [] as number[] };
  for (const arch of ARCHES) {
    const insns = fn.arch[arch].instructions;
    const onLines = insns.map((ins, i) => [ins, i] as const).filter(([ins]) => keys.has(lineKey(ins.file, ins.line)));
    const patterns = a.instructions?.[arch];
    if (patterns === undefined) {
      instructions[arch] = onLines.map(([, i]) => i);
      if (lines.length > 0 && onLines.length === 0) problems.push(`${where}: no ${arch} instruction on the matched lines`);
      continue;
    }
    const picked = new Set<number>();
    for (const p of patterns) {
      const prx = new RegExp(p);
      const hits = onLines.filter(([ins]) => prx.test(ins.text));
      if (hits.length === 0) problems.push(`${where}: ${arch} pattern /${p}/ matches no instruction of the matched lines`);
      for (const [, i] of hits) picked.add(i);
    }
    instructions[arch] = [...picked].sort((x, y) => x - y);
  }
  return { annotation: a, anchor: anchorId(fn.go, fn.id, a.id), lines, instructions, problems };
}
