// The captures shown in chapter 1 ("Reading the crash"): which program, which Go
// toolchain, which GOTRACEBACK level, how it is started, and what outcome is
// intended. A run is kept only if it has the intended outcome (see `accepts`).

/**
 * @typedef {'none' | 'single' | 'all' | 'system' | 'crash'} TracebackLevel
 *
 * @typedef {object} Intent
 * @property {string} firstLine        first line of stderr
 * @property {number} exitCode         exit status as a shell reports it ($?)
 * @property {string | null} signal    signal that ended the process, if any
 * @property {RegExp} [failingHeader]  the first goroutine header
 * @property {RegExp} [failingFrame]   first non-runtime frame of the first goroutine
 * @property {string} [lastLine]       last line of stderr (go run)
 * @property {string} [stdout]         exact stdout
 * @property {boolean} [oneFatal]      exactly one "fatal error:" line (default true for fatal errors)
 * @property {number} [fatalLines]     exactly this many "fatal error:" lines (overrides oneFatal)
 * @property {boolean} [stackUnavailable]  a goroutine's stack is "unavailable" (default: none is)
 *
 * @typedef {object} CaptureSpec
 * @property {string} id
 * @property {string} program          folder under scripts/crash/progs
 * @property {string} go               toolchain, e.g. "1.27" (/usr/lib/go-1.27)
 * @property {TracebackLevel | null} gotraceback  null: GOTRACEBACK unset (default, single)
 * @property {'binary' | 'go run'} runner
 * @property {string} title            one line: what the capture shows
 * @property {Intent} intent
 * @property {number} [maxTries]       runs before giving up (default 300)
 */

const READ_WRITE = 'fatal error: concurrent map read and map write';
const WRITES = 'fatal error: concurrent map writes';
const ITERATION = 'fatal error: concurrent map iteration and map write';
const NO_SLOT = 'fatal error: small map with no empty slot (concurrent map writes?)';
const NIL_MAP = 'panic: assignment to entry in nil map';

/** @type {Intent} main (goroutine 1) reads, detects the writer, exit 2 */
const mainReaderDies = {
  firstLine: READ_WRITE,
  exitCode: 2,
  signal: null,
  failingHeader: /^goroutine 1 (gp=\S+ m=\S+ mp=\S+ )?\[running\]:$/,
  failingFrame: /^main\.main\(\)$/,
};

/** @type {Intent} */
const writerDies = {
  firstLine: WRITES,
  exitCode: 2,
  signal: null,
  failingHeader: /^goroutine \d+ (gp=\S+ m=\S+ mp=\S+ )?\[running\]:$/,
  failingFrame: /^main\.writer\(/,
};

/** @type {Intent} */
const mainIteratorDies = { ...mainReaderDies, firstLine: ITERATION };

/**
 * @param {string} program
 * @param {string} go
 * @param {TracebackLevel | null} gotraceback
 * @param {string} title
 * @param {Intent} intent
 * @returns {CaptureSpec}
 */
function binary(program, go, gotraceback, title, intent) {
  const id = `${program}-${go}${gotraceback ? `-${gotraceback}` : ''}`;
  return { id, program, go, gotraceback, runner: 'binary', title, intent };
}

/** @type {CaptureSpec[]} */
export const SPECS = [
  // The read/write conflict on every toolchain at the default level.
  ...['1.19', '1.23', '1.24', '1.25', '1.26', '1.27'].map((go) =>
    binary('readwrite', go, null, `Reader against writer, Go ${go}, default GOTRACEBACK`, mainReaderDies),
  ),
  // Every GOTRACEBACK level on the newest toolchain.
  binary('readwrite', '1.27', 'none', 'GOTRACEBACK=none: the message only', { ...mainReaderDies, failingHeader: undefined, failingFrame: undefined }),
  binary('readwrite', '1.27', 'single', 'GOTRACEBACK=single, the default, set explicitly', mainReaderDies),
  binary('readwrite', '1.27', 'all', 'GOTRACEBACK=all: every user goroutine', mainReaderDies),
  binary('readwrite', '1.27', 'system', 'GOTRACEBACK=system: runtime frames, fp/sp/pc, system goroutines', mainReaderDies),
  binary('readwrite', '1.27', 'crash', 'GOTRACEBACK=crash: system-level output, then SIGABRT', { ...mainReaderDies, exitCode: 134, signal: 'SIGABRT' }),
  // Levels on older toolchains: `all` adds nothing before 1.26; the calling chain at system level.
  binary('readwrite', '1.23', 'all', 'GOTRACEBACK=all on Go 1.23: the same as the default', mainReaderDies),
  binary('readwrite', '1.19', 'system', 'GOTRACEBACK=system on Go 1.19', mainReaderDies),
  binary('readwrite', '1.23', 'system', 'GOTRACEBACK=system on Go 1.23', mainReaderDies),
  binary('readwrite', '1.24', 'system', 'GOTRACEBACK=system on Go 1.24', mainReaderDies),
  // Two writers.
  ...['1.19', '1.23', '1.24', '1.27'].map((go) =>
    binary('writes', go, null, `Two writers, Go ${go}, default GOTRACEBACK`, writerDies),
  ),
  // Rarer shapes of the same program, kept because readers meet them.
  {
    ...binary('writes', '1.23', null, 'Two writers, Go 1.23: both detect the conflict', {
      ...writerDies,
      fatalLines: 2,
      stackUnavailable: true,
    }),
    id: 'writes-1.23-double',
    maxTries: 3000,
  },
  {
    ...binary('writes', '1.24', null, 'Two writers, Go 1.24: the other writer is still running', { ...writerDies, stackUnavailable: true }),
    id: 'writes-1.24-unavailable',
    maxTries: 3000,
  },
  binary('writes', '1.27', 'all', 'Two writers, Go 1.27, GOTRACEBACK=all', writerDies),
  binary('writes', '1.23', 'system', 'Two writers, Go 1.23, GOTRACEBACK=system', writerDies),
  binary('writes', '1.27', 'system', 'Two writers, Go 1.27, GOTRACEBACK=system', writerDies),
  // Two writers filling a small map at once: go1.24-1.26 only.
  {
    ...binary('smallslot', '1.26', null, 'Two writers fill a small map, Go 1.26: no empty slot', { ...writerDies, firstLine: NO_SLOT, failingFrame: /^main\.add\(/ }),
    maxTries: 1000,
  },
  // Range against a writer.
  binary('iterate', '1.23', null, 'Range loop against a writer, Go 1.23', mainIteratorDies),
  binary('iterate', '1.27', null, 'Range loop against a writer, Go 1.27', mainIteratorDies),
  // recover cannot help.
  binary('recover', '1.19', null, 'A deferred recover that never runs, Go 1.19', { ...mainReaderDies, stdout: 'main: reading the map\n' }),
  binary('recover', '1.27', null, 'A deferred recover that never runs, Go 1.27', { ...mainReaderDies, stdout: 'main: reading the map\n' }),
  // The nil-map write: an ordinary panic.
  binary('nilmap', '1.19', null, 'Nil map: reads succeed, the write panic is recovered, Go 1.19', {
    firstLine: '',
    exitCode: 0,
    signal: null,
    stdout: [
      'len: 0 m["a"]: 0 comma-ok: 0 false',
      'reads, range and delete on a nil map: no panic',
      'recovered: assignment to entry in nil map',
      'type: runtime.plainError, runtime.Error: true',
      '',
    ].join('\n'),
  }),
  binary('nilmap', '1.27', null, 'Nil map: reads succeed, the write panic is recovered, Go 1.27', {
    firstLine: '',
    exitCode: 0,
    signal: null,
    stdout: [
      'len: 0 m["a"]: 0 comma-ok: 0 false',
      'reads, range and delete on a nil map: no panic',
      'recovered: assignment to entry in nil map',
      'type: runtime.plainError, runtime.Error: true',
      '',
    ].join('\n'),
  }),
  binary('nilmap-panic', '1.27', null, 'Nil map write, unrecovered, Go 1.27', {
    firstLine: NIL_MAP,
    exitCode: 2,
    signal: null,
    stdout: 'deferred call ran\n',
    failingHeader: /^goroutine 1 \[running\]:$/,
    failingFrame: /^main\.main\(\)$/,
    oneFatal: false,
  }),
  binary('nilmap-panic', '1.27', 'system', 'Nil map write, unrecovered, Go 1.27, GOTRACEBACK=system', {
    firstLine: NIL_MAP,
    exitCode: 2,
    signal: null,
    stdout: 'deferred call ran\n',
    failingHeader: /^goroutine 1 gp=\S+ m=\S+ mp=\S+ \[running\]:$/,
    failingFrame: /^main\.main\(\)$/,
    oneFatal: false,
  }),
  // go run: its own status line and exit code.
  {
    id: 'gorun-readwrite-1.27',
    program: 'readwrite',
    go: '1.27',
    gotraceback: null,
    runner: 'go run',
    title: 'go run, Go 1.27: the child exits 2, go run exits 1',
    intent: { ...mainReaderDies, exitCode: 1, lastLine: 'exit status 2' },
  },
  {
    id: 'gorun-readwrite-1.27-crash',
    program: 'readwrite',
    go: '1.27',
    gotraceback: 'crash',
    runner: 'go run',
    title: 'go run with GOTRACEBACK=crash, Go 1.27: the child dies of SIGABRT',
    intent: { ...mainReaderDies, exitCode: 1, lastLine: 'signal: aborted' },
  },
];
