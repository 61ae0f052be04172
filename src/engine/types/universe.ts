// The universe scope, following go1.27 types2 universe.go: predeclared types, constants,
// nil, and built-in functions. `any` is an alias of interface{} (gotypesalias=1), `error`
// a named interface with method Error() string, `comparable` the built-in constraint.

import type { BuiltinId, Obj, Scope, Type } from './types.ts';
import {
  Typ, newFunc, newInterface, newNamed, newScope, newSignature, newTypeName, newVar, nextObjOrder, scopeInsert,
} from './types.ts';
import { makeBool, makeInt } from './constant.ts';

export const universe: Scope = newScope(null, -1, -1);

function def(o: Obj): void {
  scopeInsert(universe, o);
}

const basics: Type[] = [
  Typ.Bool, Typ.Int, Typ.Int8, Typ.Int16, Typ.Int32, Typ.Int64, Typ.Uint, Typ.Uint8, Typ.Uint16, Typ.Uint32,
  Typ.Uint64, Typ.Uintptr, Typ.Float32, Typ.Float64, Typ.Complex64, Typ.Complex128, Typ.String, Typ.Byte, Typ.Rune,
];
for (const t of basics) def(newTypeName((t as { name: string }).name, -1, null, t));

// any = interface{}
const anyObj = newTypeName('any', -1, null, Typ.Invalid, true);
export const emptyInterface = newInterface([], []);
anyObj.type = { kind: 'Alias', obj: anyObj, actual: emptyInterface };
export const anyType: Type = anyObj.type;
def(anyObj);

// error = interface{ Error() string }
const errorObj = newTypeName('error', -1, null, Typ.Invalid);
const errorMethod = newFunc('Error', -1, null, newSignature([], [newVar('', -1, null, Typ.String)], false));
const errorIface = newInterface([errorMethod], []);
export const errorType = newNamed(errorObj, errorIface);
errorMethod.type = { ...(errorMethod.type as ReturnType<typeof newSignature>), recv: newVar('', -1, null, errorType) };
def(errorObj);

// comparable
const comparableObj = newTypeName('comparable', -1, null, Typ.Invalid);
const comparableIface = newInterface([], []);
comparableIface.isComparable = true;
newNamed(comparableObj, comparableIface);
def(comparableObj);

def({ kind: 'Const', name: 'true', pos: -1, pkg: null, parent: null, type: Typ.UntypedBool, order: nextObjOrder(), value: makeBool(true) });
def({ kind: 'Const', name: 'false', pos: -1, pkg: null, parent: null, type: Typ.UntypedBool, order: nextObjOrder(), value: makeBool(false) });
export const iotaObj: Obj = { kind: 'Const', name: 'iota', pos: -1, pkg: null, parent: null, type: Typ.UntypedInt, order: nextObjOrder(), value: makeInt(0) };
def(iotaObj);
def({ kind: 'Nil', name: 'nil', pos: -1, pkg: null, parent: null, type: Typ.UntypedNil, order: nextObjOrder() });

const builtinNames: BuiltinId[] = [
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new',
  'panic', 'print', 'println', 'real', 'recover',
];
for (const id of builtinNames) {
  def({ kind: 'Builtin', name: id, pos: -1, pkg: null, parent: null, type: Typ.Invalid, order: nextObjOrder(), id });
}

/** Builtins added in a language version (go1.21: min, max, clear). */
export const builtinSince: Partial<Record<BuiltinId, number>> = { min: 21, max: 21, clear: 21 };
