// A small JSON Schema validator: the subset of draft 2020-12 that content/asm/schema uses
// (type, const, enum, pattern, minimum, minLength, minItems, maxItems, required, properties,
// additionalProperties, items, prefixItems, $ref to #/$defs). No dependencies, so CI can check
// the committed data without Go and without new packages.

export type JsonSchema = {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
};

/** Validates `value` against `schema`; returns one message per problem (empty when valid). */
export function validate(schema: JsonSchema, value: unknown): string[] {
  const errors: string[] = [];
  check(schema, value, '$', schema, errors);
  return errors;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function check(s: JsonSchema, v: unknown, path: string, root: JsonSchema, errors: string[]): void {
  if (s.$ref !== undefined) {
    const m = /^#\/\$defs\/(.+)$/.exec(s.$ref);
    const target = m ? root.$defs?.[m[1]!] : undefined;
    if (!target) {
      errors.push(`${path}: unresolvable $ref ${s.$ref}`);
      return;
    }
    check(target, v, path, root, errors);
  }
  const t = typeOf(v);
  if (s.type !== undefined && !(s.type === t || (s.type === 'number' && t === 'integer'))) {
    errors.push(`${path}: expected ${s.type}, got ${t}`);
    return;
  }
  if (s.const !== undefined && v !== s.const) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (s.enum !== undefined && !s.enum.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} is not one of ${JSON.stringify(s.enum)}`);
  if (typeof v === 'string') {
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(v)) errors.push(`${path}: ${JSON.stringify(v)} does not match /${s.pattern}/`);
    if (s.minLength !== undefined && v.length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
  }
  if (typeof v === 'number' && s.minimum !== undefined && v < s.minimum) errors.push(`${path}: below ${s.minimum}`);
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.maxItems !== undefined && v.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
    const prefix = s.prefixItems ?? [];
    v.forEach((item, i) => {
      if (i < prefix.length) check(prefix[i]!, item, `${path}[${i}]`, root, errors);
      else if (s.items === false) errors.push(`${path}[${i}]: unexpected item`);
      else if (s.items !== undefined) check(s.items, item, `${path}[${i}]`, root, errors);
    });
  }
  if (t === 'object') {
    const o = v as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in o)) errors.push(`${path}: missing property ${r}`);
    for (const [k, val] of Object.entries(o)) {
      const ps = s.properties?.[k];
      if (ps) check(ps, val, `${path}.${k}`, root, errors);
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected property ${k}`);
      else if (typeof s.additionalProperties === 'object') check(s.additionalProperties, val, `${path}.${k}`, root, errors);
    }
  }
}
