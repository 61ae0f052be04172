// Which runtime map function the compiler calls for a map type: go1.27
// cmd/compile/internal/walk/walk.go:192 mapfast, with the key's equality algorithm from
// cmd/compile/internal/types (alg.go / size.go: AMEM for integers, bool, pointers, channels
// and unsafe.Pointer, arrays of AMEM, structs of AMEM fields without padding or blank
// fields; sized AMEM32/AMEM64 by the type's size; ASTRING for strings; everything else —
// floats, complex, interfaces, strings inside aggregates — a special algorithm).
// The choice depends on the key's algorithm, not its kind (go-facts §5.2): map[[8]byte]T and
// map[struct{A, B int32}]T use the _fast64 functions, map[float64]T and map[bool]T the
// generic ones, and elements over 128 bytes (abi.MapMaxElemBytes) force the generic ones.

import type { Type } from '../types/types.ts';
import { underlying } from '../types/types.ts';
import { sizeOf } from './rtypes.ts';

/** The values match runtime/maps/entry.ts MAPSLOW..MAPFASTSTR. */
export const MAPSLOW = 0, MAPFAST32 = 1, MAPFAST64 = 2, MAPFAST64PTR = 3, MAPFASTSTR = 4;

const MapMaxElemBytes = 128;

/** AMEM (plain memory equality) or not. */
function isMem(t: Type): boolean {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case 'float32': case 'float64': case 'complex64': case 'complex128': case 'string':
        case 'untyped float': case 'untyped complex': case 'untyped string':
          return false;
        default:
          return true;
      }
    case 'Pointer': case 'Chan':
      return true;
    case 'Array':
      return isMem(u.elem);
    case 'Struct': {
      let off = 0;
      for (let i = 0; i < u.fields.length; i++) {
        const f = u.fields[i];
        if (f.name === '_' || !isMem(f.type)) return false;
        const a = alignOfField(f.type);
        const start = Math.ceil(off / a) * a;
        if (start !== off) return false; // padding before this field
        off = start + sizeOf(f.type);
      }
      return off === sizeOf(u); // no trailing padding
    }
    default:
      return false;
  }
}

function alignOfField(t: Type): number {
  const u = underlying(t);
  if (u.kind === 'Array') return alignOfField(u.elem);
  if (u.kind === 'Struct') return u.fields.reduce((a, f) => Math.max(a, alignOfField(f.type)), 1);
  return Math.min(8, Math.max(1, sizeOf(u)));
}

function hasPointers(t: Type): boolean {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': return u.basic === 'unsafe.Pointer' || u.basic === 'string';
    case 'Array': return u.len > 0 && hasPointers(u.elem);
    case 'Struct': return u.fields.some((f) => hasPointers(f.type));
    default: return true;
  }
}

export function mapfast(key: Type, elem: Type): number {
  if (sizeOf(elem) > MapMaxElemBytes) return MAPSLOW;
  const ku = underlying(key);
  if (ku.kind === 'Basic' && ku.basic === 'string') return MAPFASTSTR;
  if (!isMem(key)) return MAPSLOW;
  const size = sizeOf(key);
  if (size === 4 && !hasPointers(key)) return MAPFAST32;
  if (size === 8) return hasPointers(key) ? MAPFAST64PTR : MAPFAST64;
  return MAPSLOW;
}
