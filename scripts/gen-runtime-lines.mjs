#!/usr/bin/env node
// Writes src/engine/runtime/rtlines.ts: for every supported Go release, the source lines and the
// argument-word shapes of the runtime and sync frames that tracebacks print for blocked goroutines,
// the bottom of every goroutine (runtime.main, runtime.goexit), the runtime's own goroutines
// (forcegchelper, bgsweep, bgscavenge, the GOMAXPROCS updater) and the runtime stack of a deadlock
// (checkdead called from mput ← stopm ← findRunnable ← schedule ← park_m ← mcall) and the runtime
// functions that raise runtime errors (goPanicSlice*, panicdivide, panicshift, sigpanic/panicmem,
// panicdottype*, getitab/assertE2I/typeAssert, the mapassign variants' nil-map panic), read from each
// toolchain's GOROOT/src. `--check` compares with the committed file instead of writing it.
//
// A frame's line is the line of the call it is executing (the call in its body that leads to the
// frame above); see the FRAMES table for which call. Argument shapes come from the Go declaration:
// one word per scalar or pointer parameter (`w`), `{w, w}` for a string (what traceback.go
// printArgs prints, before hexadecimal values are filled in). runtime.init.N, the function that
// starts forcegchelper, is numbered by the position of proc.go's `func init()` among the init
// functions of the runtime package's linux/amd64 files (`go list`), in file order.
//
// Usage: node scripts/gen-runtime-lines.mjs [--check]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'src/engine/runtime/rtlines.ts');
const MINORS = [19, 21, 22, 23, 24, 25, 26, 27];

/** The nil-map panic of a mapassign variant, and its files: up to go1.23, go1.24–1.25, from go1.26. */
const NILMAP = /\bpanic\((plainError\("assignment to entry in nil map"\)|errNilAssign)\)/;
const MAPASSIGN = [
  ['mapassign', 'map.go', 'runtime_swiss.go', 'runtime.go'],
  ['mapassign_fast32', 'map_fast32.go', 'runtime_fast32_swiss.go', 'runtime_fast32.go'],
  ['mapassign_fast64', 'map_fast64.go', 'runtime_fast64_swiss.go', 'runtime_fast64.go'],
  ['mapassign_fast64ptr', 'map_fast64.go', 'runtime_fast64_swiss.go', 'runtime_fast64.go'],
  ['mapassign_faststr', 'map_faststr.go', 'runtime_faststr_swiss.go', 'runtime_faststr.go'],
];

/**
 * [key, file, declaration regexp, call regexp, which call ('first' | 'last')]. A missing function
 * (not in that release) is left out of the release's table.
 */
const FRAMES = [
  ['gopark', 'runtime/proc.go', /^func gopark\(/, /\bmcall\(park_m\)/],
  ['goparkunlock', 'runtime/proc.go', /^func goparkunlock\(/, /\bgopark\(/],
  ['main', 'runtime/proc.go', /^func main\(\)/, /^\s*fn\(\)/],
  ['goexit', 'runtime/asm_amd64.s', /^TEXT runtime·goexit\(SB\)/, /BYTE\s+\$0x90/],
  ['forcegchelper', 'runtime/proc.go', /^func forcegchelper\(\)/, /\bgoparkunlock\(/],
  ['forcegchelper.go', 'runtime/proc.go', /^func init\(\)/, /^\s*go forcegchelper\(\)/],
  ['bgsweep', 'runtime/mgcsweep.go', /^func bgsweep\(/, /\bgoparkunlock\(/],
  ['gcenable.bgsweep', 'runtime/mgc.go', /^func gcenable\(\)/, /^\s*go bgsweep\(/],
  ['gcenable.bgscavenge', 'runtime/mgc.go', /^func gcenable\(\)/, /^\s*go bgscavenge\(/],
  ['(*scavengerState).park', 'runtime/mgcscavenge.go', /^func \(s \*scavengerState\) park\(/, /\bgoparkunlock\(/],
  ['bgscavenge', 'runtime/mgcscavenge.go', /^func bgscavenge\(/, /\bscavenger\.park\(\)/],
  ['updateMaxProcsGoroutine', 'runtime/proc.go', /^func updateMaxProcsGoroutine\(\)/, /\bgoparkunlock\(/],
  ['defaultGOMAXPROCSUpdateEnable', 'runtime/proc.go', /^func defaultGOMAXPROCSUpdateEnable\(\)/, /^\s*go updateMaxProcsGoroutine\(\)/],
  ['chanrecv', 'runtime/chan.go', /^func chanrecv\(/, /\bgopark\(/, 'last'],
  ['chanrecv.nil', 'runtime/chan.go', /^func chanrecv\(/, /\bgopark\(/],
  ['chanrecv1', 'runtime/chan.go', /^func chanrecv1\(/, /\bchanrecv\(/],
  ['chanrecv2', 'runtime/chan.go', /^func chanrecv2\(/, /\bchanrecv\(/],
  ['chansend', 'runtime/chan.go', /^func chansend\(/, /\bgopark\(/, 'last'],
  ['chansend.nil', 'runtime/chan.go', /^func chansend\(/, /\bgopark\(/],
  ['chansend1', 'runtime/chan.go', /^func chansend1\(/, /\bchansend\(/],
  ['selectgo', 'runtime/select.go', /^func selectgo\(/, /\bgopark\(/],
  ['block', 'runtime/select.go', /^func block\(\)/, /\bgopark\(/],
  ['semacquire1', 'runtime/sema.go', /^func semacquire1\(/, /\bgoparkunlock\(/],
  ['sync.runtime_Semacquire', 'runtime/sema.go', /^func sync_runtime_Semacquire\(/, /\bsemacquire1\(/],
  ['sync.runtime_SemacquireWaitGroup', 'runtime/sema.go', /^func sync_runtime_SemacquireWaitGroup\(/, /\bsemacquire1\(/],
  ['sync.runtime_SemacquireMutex', 'runtime/sema.go', /^func sync_runtime_SemacquireMutex\(/, /\bsemacquire1\(/],
  ['internal/sync.runtime_SemacquireMutex', 'runtime/sema.go', /^func internal_sync_runtime_SemacquireMutex\(/, /\bsemacquire1\(/],
  ['sync.runtime_SemacquireRWMutexR', 'runtime/sema.go', /^func sync_runtime_SemacquireRWMutexR\(/, /\bsemacquire1\(/],
  ['sync.runtime_SemacquireRWMutex', 'runtime/sema.go', /^func sync_runtime_SemacquireRWMutex\(/, /\bsemacquire1\(/],
  ['sync.runtime_notifyListWait', 'runtime/sema.go', /^func notifyListWait\(/, /\bgoparkunlock\(/],
  ['time.Sleep', 'runtime/time.go', /^func timeSleep\(/, /\bgopark\(/, 'last'],
  ['sync.(*WaitGroup).Wait', 'sync/waitgroup.go', /^func \(wg \*WaitGroup\) Wait\(/, /\bruntime_Semacquire\w*\(/],
  ['sync.(*Mutex).Lock', 'sync/mutex.go', /^func \(m \*Mutex\) Lock\(/, /\b(m\.lockSlow|m\.mu\.Lock)\(\)/],
  ['sync.(*Mutex).lockSlow', 'sync/mutex.go', /^func \(m \*Mutex\) lockSlow\(/, /\bruntime_SemacquireMutex\(/],
  ['internal/sync.(*Mutex).Lock', 'internal/sync/mutex.go', /^func \(m \*Mutex\) Lock\(/, /\bm\.lockSlow\(\)/],
  ['internal/sync.(*Mutex).lockSlow', 'internal/sync/mutex.go', /^func \(m \*Mutex\) lockSlow\(/, /\bruntime_SemacquireMutex\(/],
  ['sync.(*RWMutex).RLock', 'sync/rwmutex.go', /^func \(rw \*RWMutex\) RLock\(/, /\bruntime_Semacquire\w*\(/],
  ['sync.(*RWMutex).Lock', 'sync/rwmutex.go', /^func \(rw \*RWMutex\) Lock\(/, /\bruntime_Semacquire\w*\(/],
  ['sync.(*Cond).Wait', 'sync/cond.go', /^func \(c \*Cond\) Wait\(/, /\bruntime_notifyListWait\(/],
  ['checkdead', 'runtime/proc.go', /^func checkdead\(\)/, /\b(fatal|throw)\("all goroutines are asleep/],
  ['checkdead.goexit', 'runtime/proc.go', /^func checkdead\(\)/, /\b(fatal|throw)\("no goroutines \(main called runtime\.Goexit\)/],
  ['mput', 'runtime/proc.go', /^func mput\(/, /\bcheckdead\(\)/],
  ['stopm', 'runtime/proc.go', /^func stopm\(\)/, /\bmput\(/],
  ['findRunnable', 'runtime/proc.go', /^func findRunnable\(\)|^func findrunnable\(\)/, /^\s*stopm\(\)/, 'last'],
  ['schedule', 'runtime/proc.go', /^func schedule\(\)/, /\bfindRunnable\(\)|\bfindrunnable\(\)/],
  ['park_m', 'runtime/proc.go', /^func park_m\(/, /^\s*schedule\(\)/, 'last'],
  ['mcall', 'runtime/asm_amd64.s', /^TEXT runtime·mcall(<ABIInternal>)?\(SB\)/, /^\s*CALL\s+R12|^\s*CALL\s+DI|^\s*CALL\s+\w+$/],
  ['fatal', 'runtime/panic.go', /^func fatal\(s string\)/, /\bfatalthrow\(/],
  // fmt printing a map (go1.27 fmt/print.go → internal/fmtsort.Sort → reflect's MapIter): the
  // frames above a map fatal error raised by the iteration that sorts the map's entries.
  ['fmt.Print', 'fmt/print.go', /^func Print\(/, /return Fprint\(os\.Stdout/],
  ['fmt.Println', 'fmt/print.go', /^func Println\(/, /return Fprintln\(os\.Stdout/],
  ['fmt.Printf', 'fmt/print.go', /^func Printf\(/, /return Fprintf\(os\.Stdout/],
  ['fmt.Fprint', 'fmt/print.go', /^func Fprint\(/, /p\.doPrint\(a\)/],
  ['fmt.Fprintln', 'fmt/print.go', /^func Fprintln\(/, /p\.doPrintln\(a\)/],
  ['fmt.Fprintf', 'fmt/print.go', /^func Fprintf\(/, /p\.doPrintf\(format, a\)/],
  ['fmt.Sprint', 'fmt/print.go', /^func Sprint\(/, /p\.doPrint\(a\)/],
  ['fmt.Sprintln', 'fmt/print.go', /^func Sprintln\(/, /p\.doPrintln\(a\)/],
  ['fmt.Sprintf', 'fmt/print.go', /^func Sprintf\(/, /p\.doPrintf\(format, a\)/],
  ['fmt.(*pp).doPrint', 'fmt/print.go', /^func \(p \*pp\) doPrint\(/, /p\.printArg\(/],
  ['fmt.(*pp).doPrintln', 'fmt/print.go', /^func \(p \*pp\) doPrintln\(/, /p\.printArg\(/],
  ['fmt.(*pp).doPrintf', 'fmt/print.go', /^func \(p \*pp\) doPrintf\(/, /p\.printArg\(a\[argNum\], verb\)/],
  // doPrintf's fast path for a lower-case verb right after the % (no flags, width, precision).
  ['fmt.(*pp).doPrintf.fast', 'fmt/print.go', /^func \(p \*pp\) doPrintf\(/, /p\.printArg\(a\[argNum\], rune\(c\)\)/],
  ['fmt.(*pp).printArg', 'fmt/print.go', /^func \(p \*pp\) printArg\(/, /p\.printValue\(reflect\.ValueOf\(f\), verb, 0\)/],
  ['fmt.(*pp).printValue', 'fmt/print.go', /^func \(p \*pp\) printValue\(/, /fmtsort\.Sort\(/],
  ['internal/fmtsort.Sort', 'internal/fmtsort/sort.go', /^func Sort\(/, /iter\.Next\(\)/],
  ['reflect.(*MapIter).Next', 'reflect/value.go', /^func \(iter \*MapIter\) Next\(\) bool/, /\bmapiterinit\(/],
  ['reflect.(*MapIter).Next', 'reflect/map_swiss.go', /^func \(iter \*MapIter\) Next\(\) bool/, /\bmapIterStart\(/],
  ['reflect.(*MapIter).Next', 'reflect/map.go', /^func \(iter \*MapIter\) Next\(\) bool/, /\bmapIterStart\(/],
  ['reflect.mapIterStart', 'reflect/map_swiss.go', /^func mapIterStart\(/, /\bit\.Next\(\)/],
  ['reflect.mapIterStart', 'reflect/map.go', /^func mapIterStart\(/, /\bit\.Next\(\)/],
  ['reflect.mapiterinit', 'runtime/map.go', /^func reflect_mapiterinit\(/, /\bmapiterinit\(t, h, it\)/],
  // The finalizer goroutine (runfinq, renamed runFinalizers in go1.26) and where createfing starts it.
  ['runfinq', 'runtime/mfinal.go', /^func runfinq\(\)/, /\bgopark(unlock)?\(/],
  ['runFinalizers', 'runtime/mfinal.go', /^func runFinalizers\(\)/, /\bgopark(unlock)?\(/],
  ['createfing', 'runtime/mfinal.go', /^func createfing\(\)/, /^\s*go (runfinq|runFinalizers)\(\)/],
  ['asyncPreempt2', 'runtime/preempt.go', /^func asyncPreempt2\(\)/, /\bmcall\((gopreempt_m\)|func\(gp \*g\) \{)/],
  ['asyncPreempt', 'runtime/preempt_amd64.s', /^TEXT ·asyncPreempt\(SB\)/, /CALL ·asyncPreempt2\(SB\)/],
  ['sync.fatal', 'runtime/panic.go', /^func sync_fatal\(/, /\bfatal\(s\)/],
  ['internal/sync.fatal', 'runtime/panic.go', /^func internal_sync_fatal\(/, /\bfatal\(s\)/],
  ['sync.(*Mutex).Unlock', 'sync/mutex.go', /^func \(m \*Mutex\) Unlock\(/, /\b(m\.unlockSlow|m\.mu\.Unlock)\(/],
  ['sync.(*Mutex).unlockSlow', 'sync/mutex.go', /^func \(m \*Mutex\) unlockSlow\(/, /\bfatal\(/],
  ['internal/sync.(*Mutex).Unlock', 'internal/sync/mutex.go', /^func \(m \*Mutex\) Unlock\(/, /\bm\.unlockSlow\(/],
  ['internal/sync.(*Mutex).unlockSlow', 'internal/sync/mutex.go', /^func \(m \*Mutex\) unlockSlow\(/, /\bfatal\(/],
  ['gopanic', 'runtime/panic.go', /^func gopanic\(/, /\bfatalpanic\(/],
  ['goPanicIndex', 'runtime/panic.go', /^func goPanicIndex\(/, /\bpanic\(/],
  // go1.26+: bounds failures go through the assembly panicBounds, which calls panicBounds64.
  ['panicBounds64', 'runtime/panic.go', /^func panicBounds64\(/, /^\s*panic\(/, 'last'],
  ['panicBounds', 'runtime/asm_amd64.s', /^TEXT runtime·panicBounds(<ABIInternal>)?\(SB\)/, /CALL\s+runtime·panicBounds64/],
  // Other runtime errors (gtrace.ts runtimeErrorFrames): up to go1.25 each slice-bounds failure
  // calls its own goPanicSlice* (go1.25 runtime/panic.go), a conversion of a short slice to an
  // array goPanicSliceConvert; from go1.26 all of them go through panicBounds/panicBounds64.
  ...['SliceAlen', 'SliceAcap', 'SliceB', 'Slice3Alen', 'Slice3Acap', 'Slice3B', 'Slice3C', 'SliceConvert']
    .map((k) => ['goPanic' + k, 'runtime/panic.go', new RegExp(`^func goPanic${k}\\(`), /\bpanic\(/]),
  ['panicdivide', 'runtime/panic.go', /^func panicdivide\(\)/, /^\s*panic\(/],
  ['panicshift', 'runtime/panic.go', /^func panicshift\(\)/, /^\s*panic\(/],
  // A nil dereference faults: sigpanic (the SIGSEGV case's panicmem call, the last one) calls
  // panicmem, which gc inlines (go1.27 runtime/signal_unix.go sigpanic, runtime/panic.go panicmem).
  ['panicmem', 'runtime/panic.go', /^func panicmem\(\)/, /^\s*panic\(/],
  ['sigpanic', 'runtime/signal_unix.go', /^func sigpanic\(\)/, /^\s*panicmem\(\)/, 'last'],
  // Failed type assertions (go1.27 runtime/iface.go): to a concrete type panicdottypeE (from an
  // empty interface) or panicdottypeI, which calls it (inlined); to an interface type getitab's
  // panic, called by assertE2I/assertI2I up to go1.21 and typeAssert from go1.22; a nil operand
  // asserted to an interface panics in assertE2I/assertI2I up to go1.21, panicnildottype from 1.22.
  ['panicdottypeE', 'runtime/iface.go', /^func panicdottypeE\(/, /\bpanic\(/],
  ['panicdottypeI', 'runtime/iface.go', /^func panicdottypeI\(/, /\bpanicdottypeE\(/],
  ['panicnildottype', 'runtime/iface.go', /^func panicnildottype\(/, /\bpanic\(/],
  ['getitab', 'runtime/iface.go', /^func getitab\(/, /\bpanic\(&TypeAssertionError\{concrete:/],
  ['assertE2I', 'runtime/iface.go', /^func assertE2I\(/, /\bgetitab\(/],
  ['assertE2I.nil', 'runtime/iface.go', /^func assertE2I\(/, /\bpanic\(/],
  ['assertI2I', 'runtime/iface.go', /^func assertI2I\(/, /\bgetitab\(/],
  ['assertI2I.nil', 'runtime/iface.go', /^func assertI2I\(/, /\bpanic\(/],
  ['typeAssert', 'runtime/iface.go', /^func typeAssert\(/, /\bgetitab\(/],
  // Assignment to an entry of a nil map: the mapassign variant mapfast chose panics with
  // plainError("assignment to entry in nil map") (errNilAssign in internal/runtime/maps from
  // go1.24, where runtime.mapassign* are linknamed runtime_mapassign* functions).
  ...MAPASSIGN.flatMap(([fn, old, swiss, cur]) => [
    [`${fn}.nil`, `runtime/${old}`, new RegExp(`^func ${fn}\\(.*\\{\\s*$`), NILMAP],
    [`${fn}.nil`, `internal/runtime/maps/${swiss}`, new RegExp(`^func runtime_${fn}\\(.*\\{\\s*$`), NILMAP],
    [`${fn}.nil`, `internal/runtime/maps/${cur}`, new RegExp(`^func runtime_${fn}\\(.*\\{\\s*$`), NILMAP],
  ]),
];

/** Words of one parameter type as printArgs shows them. */
function words(type) {
  if (type === 'string') return '{w, w}';
  if (type === 'any' || type === 'interface{}' || type === 'error') return '{w, w}';
  if (type.startsWith('[]')) return '{w, w, w}';
  return 'w';
}

/** The argument shape of a declaration: receiver, then parameters. */
function argShape(decl) {
  if (decl.startsWith('TEXT')) return '';
  const m = /^func (\(([^)]*)\) )?\w+\(/.exec(decl);
  if (m === null) throw new Error(`cannot read parameters of ${decl}`);
  const parts = [];
  if (m[2]) parts.push('w');
  // The parameter list up to its closing parenthesis, split at top-level commas (a parameter
  // of func type has its own parentheses).
  const params = [];
  let depth = 0;
  let cur = '';
  for (const ch of decl.slice(m[0].length)) {
    if (ch === '(') depth++;
    if (ch === ')' && depth-- === 0) break;
    if (ch === ',' && depth === 0) {
      params.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') params.push(cur.trim());
  // `a, b int`: a name without a type takes the next parameter's type.
  const types = [];
  for (let i = params.length - 1, last = ''; i >= 0; i--) {
    const sp = params[i].split(/\s+/);
    if (sp.length >= 2) last = sp.slice(1).join(' ');
    types[i] = last;
  }
  for (const t of types) parts.push(words(t));
  return parts.join(', ');
}

/** The first function declared by `re` (whose body has a line matching `has`, if given). */
function findFunc(path, re, has) {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!re.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && !/^}/.test(lines[end]) && !/^TEXT /.test(lines[end])) end++;
    const body = lines.slice(i, end + 1);
    if (has !== undefined && !body.some((l, j) => j > 0 && has.test(l))) continue;
    return { decl: lines[i], start: i + 1, body };
  }
  return null;
}

/** The index N of runtime.init.N that starts forcegchelper. */
function initIndex(minor, src) {
  const res = spawnSync(`/usr/lib/go-1.${minor}/bin/go`, ['list', '-f', '{{join .GoFiles " "}}', 'runtime'], {
    env: { PATH: '/usr/bin:/bin', GOOS: 'linux', GOARCH: 'amd64', GOTOOLCHAIN: 'local', HOME: '/tmp', GOFLAGS: '' }, encoding: 'utf8', cwd: '/tmp',
  });
  if (res.status !== 0) throw new Error(`go list runtime (1.${minor}): ${res.stderr}`);
  let n = 0;
  for (const f of res.stdout.trim().split(' ')) {
    const lines = readFileSync(join(src, 'runtime', f), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^func init\(\)/.test(lines[i])) continue;
      let end = i + 1;
      while (end < lines.length && !/^}/.test(lines[end])) end++;
      if (lines.slice(i, end).some((b) => /^\s*go forcegchelper\(\)/.test(b))) return n;
      n++;
    }
  }
  throw new Error(`1.${minor}: no init function starts forcegchelper`);
}

function version(minor) {
  const src = `/usr/lib/go-1.${minor}/src`;
  if (!existsSync(src)) throw new Error(`${src} missing: install golang-1.${minor}-go (scripts/apt-go-suites.sh)`);
  const out = { initIndex: initIndex(minor, src), frames: {} };
  for (const [key, file, declRe, callRe, which] of FRAMES) {
    const path = join(src, file);
    if (!existsSync(path)) continue;
    const fn = findFunc(path, declRe, key.endsWith('.go') ? callRe : undefined);
    if (fn === null) continue;
    const hits = [];
    fn.body.forEach((l, i) => {
      if (i > 0 && callRe.test(l)) hits.push(i);
    });
    if (hits.length === 0) throw new Error(`1.${minor} ${key}: no call matching ${callRe} in ${file}:${fn.start}`);
    const at = which === 'last' ? hits[hits.length - 1] : hits[0];
    const f = { file, line: fn.start + at, args: argShape(fn.decl) };
    // The sync methods name the semaphore function they call (its frame sits above theirs).
    const callee = /\b(runtime_\w+)\(/.exec(fn.body[at]);
    if (/^(internal\/)?sync\.\(/.test(key) && callee !== null) f.callee = callee[1];
    out.frames[key] = f;
  }
  return out;
}

function render(t) {
  let s = '';
  for (const [minor, v] of Object.entries(t)) {
    s += `  ${minor}: {\n    initIndex: ${v.initIndex},\n    frames: {\n`;
    for (const [k, f] of Object.entries(v.frames)) s += `      '${k}': { file: '${f.file}', line: ${f.line}, args: '${f.args}'${f.callee ? `, callee: '${f.callee}'` : ''} },\n`;
    s += '    },\n  },\n';
  }
  return s;
}

const table = {};
for (const m of MINORS) table[m] = version(m);
const text = `// Generated by scripts/gen-runtime-lines.mjs from each release's GOROOT/src; do not edit.
// Per Go minor version: the file, the line (the call the frame is executing) and the argument
// shape (\`w\` one word, \`{w, w}\` a string) of the runtime and sync frames printed for blocked
// goroutines, goroutine bottoms, the runtime's own goroutines, a deadlock's runtime stack and the
// functions raising runtime errors;
// initIndex is N in \`runtime.init.N\`, the creator of forcegchelper.

export interface RtFrameLine {
  file: string;
  line: number;
  args: string;
  /** For sync methods: the runtime_Semacquire* / runtime_notifyListWait function they call. */
  callee?: string;
}

export interface RtVersionLines {
  initIndex: number;
  frames: Record<string, RtFrameLine>;
}

export const RT_LINES: Record<number, RtVersionLines> = {
${render(table)}};
`;
if (process.argv.includes('--check')) {
  const old = readFileSync(OUT, 'utf8');
  if (old !== text) {
    console.error(`${OUT} differs from what the toolchains give; run node scripts/gen-runtime-lines.mjs`);
    process.exit(1);
  }
  console.log('runtime lines: up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
