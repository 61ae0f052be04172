// Error collection as gc does it: go1.27 cmd/compile/internal/base/print.go
// (ErrorfAt, FlushErrors, sameline) for a single file.
//
// - Only one syntax error ("syntax error: ..." message) per line, no matter what error:
//   a syntax error on the same line as the previous accepted syntax error is dropped.
// - A non-syntax error equal to the previous non-syntax error on the same line is dropped.
// - When 10 errors have been accepted, gc prints what it has (sorted) followed by
//   `<pos of the 10th>: too many errors` and exits.
// - Output is sorted by position (stable) and exact duplicate lines are printed once.
//
// The parser feeds this list; CORE may keep feeding it with checker errors so the
// combined output (and the 10-error cut-off) is what `go build` prints.

import type { Diagnostic } from '../api.ts';

interface Entry {
  line: number;
  col: number;
  message: string;
}

export const maxErrors = 10;

export class ErrorList {
  readonly file: string;
  private readonly msgs: Entry[] = [];
  private lastSyntaxLine = -1;
  private lastOtherLine = -1;
  private lastOtherMsg = '';
  private tooMany: Entry | null = null;
  /** Number of errors accepted (gc's numErrors). */
  count = 0;
  /** Number of syntax errors reported, including dropped ones (gc's numSyntaxErrors). */
  syntaxErrors = 0;

  /** Errors accepted before gc gives up (10; Infinity for gc's -e flag). */
  private readonly limit: number;

  constructor(file: string, limit = maxErrors) {
    this.file = file;
    this.limit = limit;
  }

  /** True once the 10-error limit was reached: gc has exited, later errors are ignored. */
  get done(): boolean {
    return this.tooMany !== null;
  }

  /** base.ErrorfAt: records an error unless filtered; returns false once gc would have exited. */
  add(line: number, col: number, message: string): boolean {
    if (this.tooMany !== null) return false;
    if (message.startsWith('syntax error')) {
      this.syntaxErrors++;
      if (line === this.lastSyntaxLine) return true; // only one syntax error per line
      this.lastSyntaxLine = line;
    } else {
      if (line === this.lastOtherLine && message === this.lastOtherMsg) return true;
      this.lastOtherLine = line;
      this.lastOtherMsg = message;
    }
    this.msgs.push({ line, col, message });
    this.count++;
    if (this.count >= this.limit) {
      this.tooMany = { line, col, message: 'too many errors' };
      return false;
    }
    return true;
  }

  /** base.FlushErrors (+ the "too many errors" line): the diagnostics gc prints, in order. */
  diagnostics(): Diagnostic[] {
    const sorted = this.msgs
      .map((m, i) => ({ m, i }))
      .sort((a, b) => a.m.line - b.m.line || a.m.col - b.m.col || a.i - b.i)
      .map((x) => x.m);
    const out: Diagnostic[] = [];
    let prev: Entry | null = null;
    for (const m of sorted) {
      if (prev === null || prev.line !== m.line || prev.col !== m.col || prev.message !== m.message) {
        out.push({ file: this.file, line: m.line, col: m.col, message: m.message });
      }
      prev = m;
    }
    if (this.tooMany !== null) {
      out.push({ file: this.file, line: this.tooMany.line, col: this.tooMany.col, message: this.tooMany.message });
    }
    return out;
  }
}
