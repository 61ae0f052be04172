// Reading Go's crash output line by line: what kind each line is (for highlighting) and
// the goroutines and frames it lists (for the tests that check the chapter's prose).
// The line forms follow go1.27 runtime/traceback.go (traceback2, goroutineheader,
// printcreatedby1) and runtime/panic.go (fatal, printpanics); older versions differ only
// where the chapter says so.

export type LineKind =
  | 'fatal' // fatal error: concurrent map writes
  | 'panic' // panic: assignment to entry in nil map
  | 'header' // goroutine 1 [running]:
  | 'frame-runtime' // runtime.fatal(...), internal/runtime/maps.fatal(...), panic(...)
  | 'frame-user' // main.main()
  | 'frame-other' // sync.(*WaitGroup).Wait(...)
  | 'file' // \t/path/file.go:21 +0x…
  | 'created-by' // created by main.main in goroutine 1
  | 'note' // \tgoroutine running on other thread; stack unavailable
  | 'go-run' // exit status 2 / signal: aborted (printed by go run)
  | 'blank'
  | 'text';

const FRAME = /^(\S.*)\(([^()]*)\)$/;

export function classifyLine(line: string): LineKind {
  if (line === '') return 'blank';
  if (line.startsWith('fatal error: ')) return 'fatal';
  if (line.startsWith('panic: ')) return 'panic';
  if (/^goroutine \d+ .*\[.*\]:$/.test(line)) return 'header';
  if (line.startsWith('created by ')) return 'created-by';
  if (/^exit status \d+$/.test(line) || /^signal: [a-z ]+$/.test(line)) return 'go-run';
  if (line.startsWith('\t')) return /^\t\S+:\d+( |$)/.test(line) ? 'file' : 'note';
  const m = FRAME.exec(line);
  if (m) {
    const fn = m[1]!;
    if (fn === 'panic' || fn.startsWith('runtime.') || fn.startsWith('internal/runtime/')) return 'frame-runtime';
    if (fn.startsWith('main.')) return 'frame-user';
    return 'frame-other';
  }
  return 'text';
}

export interface Frame {
  /** Function name as printed, e.g. `internal/runtime/maps.fatal`. */
  func: string;
  /** What is printed between the parentheses: argument words, `...` (inlined) or nothing. */
  args: string;
  file: string;
  line: number;
  /** The `+0x…` pc offset is printed only for frames that are not inlined. */
  hasPcOffset: boolean;
  /** `fp= sp= pc=` are printed (GOTRACEBACK=system and above). */
  hasFrameRegs: boolean;
}

export interface Goroutine {
  header: string;
  id: number;
  /** What is between the brackets, e.g. `running` or `sync.WaitGroup.Wait`. */
  state: string;
  /** `gp= m= mp=` fields (GOTRACEBACK=system and above, Go 1.22+). */
  hasGpM: boolean;
  frames: Frame[];
  createdBy: { text: string; inGoroutine: number | null } | null;
}

/** The goroutine blocks of a crash output, in order. */
export function parseGoroutines(output: string): Goroutine[] {
  const lines = output.split('\n');
  const out: Goroutine[] = [];
  let cur: Goroutine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = classifyLine(line);
    if (kind === 'header') {
      const m = /^goroutine (\d+) (.*)\[(.*)\]:$/.exec(line)!;
      cur = { header: line, id: Number(m[1]), state: m[3]!, hasGpM: m[2]!.includes('gp='), frames: [], createdBy: null };
      out.push(cur);
    } else if (kind === 'blank') {
      cur = null;
    } else if (cur && (kind === 'frame-runtime' || kind === 'frame-user' || kind === 'frame-other')) {
      const m = FRAME.exec(line)!;
      const loc = parseFileLine(lines[i + 1] ?? '');
      cur.frames.push({ func: m[1]!, args: m[2]!, ...loc });
      i++;
    } else if (cur && kind === 'created-by') {
      const g = / in goroutine (\d+)$/.exec(line);
      cur.createdBy = { text: line, inGoroutine: g ? Number(g[1]) : null };
      i++;
    }
  }
  return out;
}

function parseFileLine(line: string): Pick<Frame, 'file' | 'line' | 'hasPcOffset' | 'hasFrameRegs'> {
  const m = /^\t(\S+):(\d+)(.*)$/.exec(line);
  if (!m) return { file: '', line: 0, hasPcOffset: false, hasFrameRegs: false };
  return { file: m[1]!, line: Number(m[2]), hasPcOffset: / \+0x/.test(m[3]!), hasFrameRegs: / fp=\S+ sp=\S+ pc=\S+/.test(m[3]!) };
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** Splits a line into runs, marking every occurrence of any of the given substrings. */
export function markSegments(line: string, marks: readonly string[]): Segment[] {
  const wanted = marks.filter((m) => m !== '');
  const out: Segment[] = [];
  let i = 0;
  let plain = '';
  while (i < line.length) {
    const hit = wanted.filter((m) => line.startsWith(m, i)).sort((a, b) => b.length - a.length)[0];
    if (hit) {
      if (plain) out.push({ text: plain, marked: false });
      plain = '';
      out.push({ text: hit, marked: true });
      i += hit.length;
    } else {
      plain += line[i];
      i++;
    }
  }
  if (plain) out.push({ text: plain, marked: false });
  return out;
}
