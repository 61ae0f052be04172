// Run-time type descriptors (runtime/values.ts RType) for the checker's types.
//
// At compile time every type the generated code needs at run time (for zero values,
// interface conversions, equality, map keys, %v/%T printing) gets an index in the
// program's type table (`TypeTable.index`). At run time `buildRTypes` creates fresh
// RType objects from that table for each run, and the generated code then registers the
// methods of each named type on its RType (`methods`).

import type { Type, Named, Struct, Signature } from '../types/types.ts';
import { underlying, unalias, methodKey } from '../types/types.ts';
import { typeKey, typeSet } from '../types/lookup.ts';
import { Iface, Slice, type RType, type RKind, type RField } from '../runtime/values.ts';

/** A key identifying a type for run-time identity (interfaces structurally, unlike typeKey). */
export function rtKey(t: Type): string {
  t = unalias(t);
  switch (t.kind) {
    case 'Interface': {
      const ts = typeSet(t);
      return 'I{' + ts.methods.map((m) => methodKey(m) + sigKey(m.type as Signature)).sort().join(';') + '}';
    }
    case 'Pointer': return '*' + rtKey(t.elem);
    case 'Slice': return '[]' + rtKey(t.elem);
    case 'Array': return `[${t.len}]` + rtKey(t.elem);
    case 'Map': return `map[${rtKey(t.key)}]` + rtKey(t.elem);
    case 'Chan': return `chan(${t.dir})` + rtKey(t.elem);
    case 'Struct': return 'struct{' + t.fields.map((f, i) => `${f.embedded ? '>' : ''}${methodKey(f)} ${rtKey(f.type)} ${JSON.stringify(t.tags[i])}`).join(';') + '}';
    case 'Signature': return sigKey(t);
    default: return typeKey(t);
  }
}

function sigKey(s: Signature): string {
  return 'func' + (s.variadic ? '...' : '') + '(' + s.params.vars.map((v) => rtKey(v.type)).join(',') + ')(' + s.results.vars.map((v) => rtKey(v.type)).join(',') + ')';
}

export class TypeTable {
  readonly types: Type[] = [];
  private readonly keys = new Map<string, number>();

  index(t: Type): number {
    const k = rtKey(t);
    let i = this.keys.get(k);
    if (i !== undefined) return i;
    i = this.types.length;
    this.keys.set(k, i);
    this.types.push(unalias(t));
    // Component types get indexes too (built together at run time).
    const u = underlying(t);
    switch (u.kind) {
      case 'Pointer': case 'Slice': case 'Array': case 'Chan': this.index(u.elem); break;
      case 'Map': this.index(u.key); this.index(u.elem); break;
      case 'Struct': for (const f of u.fields) this.index(f.type); break;
      default: break;
    }
    return i;
  }
}

/** reflect's Type.String() (go1.27 reflect/type.go via the compiler's type strings). */
export function reflectString(t: Type): string {
  t = unalias(t);
  switch (t.kind) {
    case 'Basic':
      return t.basic === 'unsafe.Pointer' ? 'unsafe.Pointer' : t.basic.startsWith('untyped') ? t.name : t.basic;
    case 'Named': {
      const pkg = t.obj.pkg;
      let s = (pkg !== null ? pkg.name + '.' : '') + t.obj.name;
      if (t.typeArgs.length > 0) s += '[' + t.typeArgs.map((a) => reflectTypeArg(a)).join(',') + ']';
      return s;
    }
    case 'Pointer': return '*' + reflectString(t.elem);
    case 'Slice': return '[]' + reflectString(t.elem);
    case 'Array': return `[${t.len}]` + reflectString(t.elem);
    case 'Map': return 'map[' + reflectString(t.key) + ']' + reflectString(t.elem);
    case 'Chan': return (t.dir === 'send' ? 'chan<- ' : t.dir === 'recv' ? '<-chan ' : 'chan ') + reflectString(t.elem);
    case 'Struct': {
      if (t.fields.length === 0) return 'struct {}';
      return 'struct { ' + t.fields.map((f, i) => (f.embedded ? '' : f.name + ' ') + reflectString(f.type) + (t.tags[i] !== '' ? ' ' + JSON.stringify(t.tags[i]) : '')).join('; ') + ' }';
    }
    case 'Signature': {
      const ps = t.params.vars.map((v, i) => (t.variadic && i === t.params.vars.length - 1 ? '...' + reflectString((underlying(v.type) as { elem: Type }).elem) : reflectString(v.type)));
      let s = 'func(' + ps.join(', ') + ')';
      const rs = t.results.vars.map((v) => reflectString(v.type));
      if (rs.length === 1) s += ' ' + rs[0];
      else if (rs.length > 1) s += ' (' + rs.join(', ') + ')';
      return s;
    }
    case 'Interface': {
      const ts = typeSet(t);
      if (ts.methods.length === 0) return 'interface {}';
      return 'interface { ' + ts.methods.map((m) => m.name + reflectString(m.type).slice(4)).join('; ') + ' }';
    }
    default:
      return typeKey(t);
  }
}

function reflectTypeArg(t: Type): string {
  const u = unalias(t);
  if (u.kind === 'Named' && u.obj.pkg !== null) return (u.obj.pkg.path) + '.' + u.obj.name;
  return reflectString(t);
}

/** Sizes on amd64 (for growslice). */
export function sizeOf(t: Type): number {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case 'bool': case 'int8': case 'uint8': return 1;
        case 'int16': case 'uint16': return 2;
        case 'int32': case 'uint32': case 'float32': return 4;
        case 'string': return 16;
        default: return 8;
      }
    case 'Slice': return 24;
    case 'Interface': return 16;
    case 'Array': return u.len * sizeOf(u.elem);
    case 'Struct': {
      let off = 0, maxAlign = 1;
      for (const f of u.fields) {
        const s = sizeOf(f.type), a = alignOf(f.type);
        maxAlign = Math.max(maxAlign, a);
        off = Math.ceil(off / a) * a + s;
      }
      return Math.ceil(off / maxAlign) * maxAlign;
    }
    default: return 8;
  }
}
/** The offset of field i of a struct on amd64 (the offsets buildRTypes gives RField.offset). */
export function structFieldOffset(st: Struct, i: number): number {
  let off = 0;
  for (let k = 0; k <= i; k++) {
    const a = alignOf(st.fields[k].type);
    off = Math.ceil(off / a) * a;
    if (k < i) off += sizeOf(st.fields[k].type);
  }
  return off;
}
function alignOf(t: Type): number {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': return Math.min(8, sizeOf(u) === 16 ? 8 : sizeOf(u));
    case 'Array': return alignOf(u.elem);
    case 'Struct': return u.fields.reduce((a, f) => Math.max(a, alignOf(f.type)), 1);
    default: return 8;
  }
}

export function comparableType(t: Type): boolean {
  const u = underlying(t);
  switch (u.kind) {
    case 'Slice': case 'Map': case 'Signature': return false;
    case 'Array': return comparableType(u.elem);
    case 'Struct': return u.fields.every((f) => comparableType(f.type));
    default: return true;
  }
}

/** Go field names as JS property names (blank fields get unique keys). */
export function fieldKey(s: Struct, i: number): string {
  const f = s.fields[i];
  if (f.name === '_') return '_$' + i;
  if (f.name === '__proto__') return '$__proto__';
  return f.name;
}

function kindOf(t: Type): RKind {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case 'bool': case 'untyped bool': return 'bool';
        case 'string': case 'untyped string': return 'string';
        case 'untyped int': return 'int';
        case 'untyped rune': return 'int32';
        case 'untyped float': return 'float64';
        case 'untyped nil': return 'unsafe.Pointer';
        default: return u.basic as RKind;
      }
    case 'Pointer': return 'ptr';
    case 'Slice': return 'slice';
    case 'Array': return 'array';
    case 'Struct': return 'struct';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    case 'Signature': return 'func';
    case 'Interface': return 'interface';
    default: return 'unsafe.Pointer';
  }
}

/** Creates this run's RType objects for a type table. */
export function buildRTypes(table: readonly Type[], keyOf: (t: Type) => number): RType[] {
  const out: RType[] = table.map((t, id) => ({
    id, kind: kindOf(t), str: reflectString(t), named: unalias(t).kind === 'Named',
    pkgPath: unalias(t).kind === 'Named' ? ((unalias(t) as Named).obj.pkg?.path ?? '') : '',
    elem: null, key: null, len: 0, fields: [], methods: new Map(), msigs: new Map(), imethods: [], isigs: [],
    comparable: comparableType(t), size: sizeOf(t), zero: () => null, implCache: new Map(),
  }));
  table.forEach((t, id) => {
    const r = out[id];
    const u = underlying(t);
    switch (u.kind) {
      case 'Pointer': case 'Slice': case 'Chan': r.elem = out[keyOf(u.elem)]; break;
      case 'Array': r.elem = out[keyOf(u.elem)]; r.len = u.len; break;
      case 'Map': r.key = out[keyOf(u.key)]; r.elem = out[keyOf(u.elem)]; break;
      case 'Struct':
        {
          let off = 0;
          r.fields = u.fields.map((f, i): RField => {
            const a = alignOf(f.type);
            off = Math.ceil(off / a) * a;
            const field = {
              name: f.name, key: fieldKey(u, i), type: out[keyOf(f.type)], embedded: f.embedded,
              exported: /^[A-Z]/.test(f.name), offset: off,
            };
            off += sizeOf(f.type);
            return field;
          });
        }
        break;
      case 'Interface':
        r.imethods = typeSet(u).methods.map((m) => m.name);
        r.isigs = typeSet(u).methods.map((m) => rtKey(m.type));
        break;
      default: break;
    }
  });
  for (const r of out) if (r.kind !== 'struct' && r.kind !== 'array') r.zero = zeroFn(r);
  for (const r of out) if (r.kind === 'struct' || r.kind === 'array') r.zero = zeroFn(r);
  return out;
}

function zeroFn(r: RType): () => unknown {
  switch (r.kind) {
    case 'bool': return () => false;
    case 'string': return () => '';
    case 'struct': {
      const fs = r.fields;
      const consts = fs.map((f) => (f.type.kind === 'struct' || f.type.kind === 'array' ? null : f.type.zero));
      // A constructor with a fixed shape keeps V8's property access monomorphic.
      const body = 'return function(){return {' + fs.map((f, i) => JSON.stringify(f.key) + ':' + (consts[i] === null ? `fs[${i}].type.zero()` : `z[${i}]`)).join(',') + '}}';
      const zs = fs.map((f) => (f.type.kind === 'struct' || f.type.kind === 'array' ? undefined : f.type.zero()));
      return new Function('fs', 'z', body)(fs, zs) as () => unknown;
    }
    case 'array': {
      const e = r.elem!, n = r.len;
      return () => {
        const a = new Array(n);
        for (let i = 0; i < n; i++) a[i] = e.zero();
        return a;
      };
    }
    case 'slice': case 'ptr': case 'map': case 'func': case 'interface': case 'chan': case 'unsafe.Pointer':
      return () => null;
    default:
      return () => 0;
  }
}

// Keep the classes referenced for readers of this module's representation notes.
export const valueClasses = { Iface, Slice };
