// The generated machine-code data and the annotations, loaded at build time and validated
// against content/asm/schema: a malformed file stops the build instead of rendering a wrong page.
import { validate, type JsonSchema } from './schema.ts';
import type { AnnotationFile, AsmFunction, AsmIndex } from './types.ts';
import functionSchema from '../../../content/asm/schema/asm-function.schema.json';
import indexSchema from '../../../content/asm/schema/asm-index.schema.json';
import annotationSchema from '../../../content/asm/schema/asm-annotations.schema.json';
import indexData from '../../../content/asm/data/index.json';

const functionFiles = import.meta.glob<unknown>('../../../content/asm/data/go*/*.json', { eager: true, import: 'default' });
const annotationFiles = import.meta.glob<unknown>('../../../content/asm/annotations/*.json', { eager: true, import: 'default' });

function checked<T>(schema: unknown, data: unknown, where: string): T {
  const problems = validate(schema as JsonSchema, data);
  if (problems.length > 0) throw new Error(`${where}: ${problems.slice(0, 5).join('; ')}`);
  return data as T;
}

export const ASM_INDEX: AsmIndex = checked<AsmIndex>(indexSchema, indexData, 'content/asm/data/index.json');

const FUNCTIONS = new Map<string, AsmFunction>();
for (const [path, data] of Object.entries(functionFiles)) {
  const fn = checked<AsmFunction>(functionSchema, data, path);
  if (!path.endsWith(`/go${fn.go}/${fn.id}.json`)) throw new Error(`${path}: does not match go${fn.go}/${fn.id}`);
  FUNCTIONS.set(`${fn.go}/${fn.id}`, fn);
}

const ANNOTATIONS = new Map<string, AnnotationFile>();
for (const [path, data] of Object.entries(annotationFiles)) {
  const a = checked<AnnotationFile>(annotationSchema, data, path);
  ANNOTATIONS.set(a.go, a);
}

/** The Go versions of the data, oldest first. */
export const GO_VERSIONS: string[] = ASM_INDEX.versions.map((v) => v.go);

export function getFunction(go: string, id: string): AsmFunction | undefined {
  return FUNCTIONS.get(`${go}/${id}`);
}

export function getAnnotations(go: string): AnnotationFile['annotations'] {
  return ANNOTATIONS.get(go)?.annotations ?? [];
}
