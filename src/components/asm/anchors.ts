// Deep links from a traceback frame to the machine-code view of chapter 7.
//
// asmAnchorFor('1.27', 'runtime.mapaccess1_fast64') === 'asm-1.27-mapaccess1_fast64-check':
// the fragment id, on the machine-code chapter, of that function's view for that Go version at
// its writing-flag check (for a wrapper, at the call to the function holding the check; for
// runtime.fatal and internal/runtime/maps.fatal, the function's view itself). Only the
// versions whose code the chapter shows (1.23, 1.27) have anchors; others give null.
// The table is checked against the generated data and the annotations by tests/asm/anchors.test.ts.

const CHECKED: Record<string, Record<string, string>> = {
  '1.23': {
    'runtime.mapaccess1_fast64': 'mapaccess1_fast64',
    'runtime.mapaccess2_fast64': 'mapaccess2_fast64',
    'runtime.mapassign_fast64': 'mapassign_fast64',
    'runtime.mapdelete_fast64': 'mapdelete_fast64',
    'runtime.mapaccess1_faststr': 'mapaccess1_faststr',
    'runtime.mapassign_faststr': 'mapassign_faststr',
    'runtime.mapaccess1': 'mapaccess1',
    'runtime.mapassign': 'mapassign',
    'runtime.mapiternext': 'mapiternext',
  },
  '1.27': {
    'runtime.mapaccess1_fast64': 'mapaccess1_fast64',
    'runtime.mapaccess2_fast64': 'mapaccess2_fast64',
    'runtime.mapassign_fast64': 'mapassign_fast64',
    'runtime.mapdelete_fast64': 'mapdelete_fast64',
    'runtime.mapaccess1_faststr': 'mapaccess1_faststr',
    'runtime.mapaccess2_faststr': 'mapaccess2_faststr',
    'runtime.mapassign_faststr': 'mapassign_faststr',
    'runtime.mapaccess1': 'mapaccess1',
    'runtime.mapaccess2': 'mapaccess2',
    'runtime.mapassign': 'mapassign',
    'runtime.mapIterNext': 'mapIterNext',
    'internal/runtime/maps.(*Map).Delete': 'maps.Map.Delete',
    'internal/runtime/maps.(*Iter).Next': 'maps.Iter.Next',
  },
};

const FATAL: Record<string, Record<string, string>> = {
  '1.23': { 'runtime.fatal': 'fatal' },
  '1.27': { 'runtime.fatal': 'fatal', 'internal/runtime/maps.fatal': 'maps.fatal' },
};

/** The Go versions whose machine code the chapter shows. */
export const ASM_GO_VERSIONS: readonly string[] = Object.keys(CHECKED);

/** "go1.27.4", "1.27.4", "1.27" → "1.27"; anything else → null. */
export function asmGoVersion(goVersion: string): string | null {
  const m = /^(?:go)?1\.(\d+)(?:\.\d+)?$/.exec(goVersion.trim());
  return m ? `1.${m[1]}` : null;
}

/** A traceback frame's function name without its argument list: `runtime.fatal({0x4, 0x1})` → `runtime.fatal`. */
export function frameFunctionName(frame: string): string {
  let s = frame.trim();
  if (s.endsWith(')')) {
    let depth = 0;
    for (let i = s.length - 1; i >= 0; i--) {
      if (s[i] === ')') depth++;
      else if (s[i] === '(' && --depth === 0) {
        s = s.slice(0, i);
        break;
      }
    }
  }
  return s;
}

/** The data id of the function view for a frame, or null when the chapter has no view of it. */
export function asmFunctionId(goVersion: string, funcName: string): string | null {
  const v = asmGoVersion(goVersion);
  if (v === null) return null;
  const name = frameFunctionName(funcName);
  return CHECKED[v]?.[name] ?? FATAL[v]?.[name] ?? null;
}

/** Fragment id (without `#`) of the function's view at the check that fires, or null. */
export function asmAnchorFor(goVersion: string, funcName: string): string | null {
  const v = asmGoVersion(goVersion);
  if (v === null) return null;
  const name = frameFunctionName(funcName);
  const checked = CHECKED[v]?.[name];
  if (checked !== undefined) return `asm-${v}-${checked}-check`;
  const fatal = FATAL[v]?.[name];
  return fatal !== undefined ? `asm-${v}-${fatal}` : null;
}
