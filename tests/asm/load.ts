// Loads the committed machine-code data and annotations for the tests (Node only).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotationFile, AsmFunction, AsmIndex } from '../../src/components/asm/types.ts';
import type { JsonSchema } from '../../src/components/asm/schema.ts';

const root = join(import.meta.dirname, '../../content/asm');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(root, path), 'utf8'));
}

export function schema(name: string): JsonSchema {
  return readJson(`schema/${name}.schema.json`) as JsonSchema;
}

export function dataFiles(): string[] {
  const out: string[] = [];
  for (const d of readdirSync(join(root, 'data'), { withFileTypes: true })) {
    if (d.isDirectory()) for (const f of readdirSync(join(root, 'data', d.name)).sort()) out.push(`data/${d.name}/${f}`);
  }
  return out.sort();
}

export function annotationFiles(): string[] {
  return readdirSync(join(root, 'annotations')).filter((f) => f.endsWith('.json')).sort().map((f) => `annotations/${f}`);
}

export const index = (): AsmIndex => readJson('data/index.json') as AsmIndex;

export function functions(): AsmFunction[] {
  return dataFiles().map((f) => readJson(f) as AsmFunction);
}

export function fn(go: string, id: string): AsmFunction {
  return readJson(`data/go${go}/${id}.json`) as AsmFunction;
}

export function annotations(go: string): AnnotationFile {
  return readJson(`annotations/go${go}.json`) as AnnotationFile;
}
