// ErrorList mirrors base.ErrorfAt/FlushErrors; the behaviours below are the ones the
// go1.27 goldens in tests/frontend/syntax exercise (too_many_errors, multiple_errors_one_line,
// invalid_character); here they are checked on the list alone.
import { describe, expect, it } from 'vitest';
import { ErrorList } from '../../src/engine/frontend/errors.ts';

describe('ErrorList', () => {
  it('keeps one syntax error per line and sorts by position', () => {
    const l = new ErrorList('prog.go');
    l.add(5, 3, 'syntax error: b');
    l.add(5, 9, 'syntax error: dropped');
    l.add(2, 1, 'other');
    l.add(2, 1, 'other');
    expect(l.diagnostics().map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual(['2:1: other', '5:3: syntax error: b']);
    expect(l.syntaxErrors).toBe(2);
  });

  it('stops after 10 errors with a too-many-errors line at the 10th', () => {
    const l = new ErrorList('prog.go');
    for (let i = 1; i <= 12; i++) l.add(20 - i, 1, `e${i}`);
    const d = l.diagnostics();
    expect(d.length).toBe(11);
    expect(d[10]).toEqual({ file: 'prog.go', line: 10, col: 1, message: 'too many errors' });
    expect(l.done).toBe(true);
  });

  it('has no limit with -e', () => {
    const l = new ErrorList('prog.go', Infinity);
    for (let i = 1; i <= 30; i++) l.add(i, 1, 'x');
    expect(l.diagnostics().length).toBe(30);
  });
});
