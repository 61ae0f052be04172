// Finds the places in program output that point into the reader's program, so the output pane
// can make them links that move the editor's cursor there:
//   ./prog.go:7:3: undefined: x                 (go build diagnostics)
//   	/tmp/gomaplab/prog.go:12 +0x1d            (traceback frame lines)
// and runtime frames (`runtime.mapaccess1_fast64(...)`, `internal/runtime/maps.fatal(...)`), which
// the pane links to their machine-code view when chapter 7 shows that function.
export type OutputSegment =
  | { kind: 'text'; text: string }
  | { kind: 'source'; text: string; line: number; col: number }
  | { kind: 'runtime'; text: string; func: string };

/** Splits one line of output into text and link segments. `filename` is e.g. `prog.go`. */
export function segmentLine(line: string, filename: string): OutputSegment[] {
  const esc = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `((?:\\.|/[^\\s:]*)?/${esc}):(\\d+)(?::(\\d+))?|(?<![\\w/.])((?:internal/runtime/maps\\.(?:\\(\\*[A-Za-z]+\\)\\.)?|runtime\\.)[A-Za-z_][A-Za-z0-9_]*)(?=\\()`,
    'g',
  );
  const out: OutputSegment[] = [];
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index > last) out.push({ kind: 'text', text: line.slice(last, m.index) });
    if (m[4]) out.push({ kind: 'runtime', text: m[0], func: m[4] });
    else out.push({ kind: 'source', text: m[0], line: Number(m[2]), col: m[3] ? Number(m[3]) : 1 });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ kind: 'text', text: line.slice(last) });
  return out;
}
