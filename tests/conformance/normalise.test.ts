// The shared normaliser (scripts/lib/normalise.ts) and program headers
// (scripts/lib/conformance.ts): what is normalised and what is kept.

import { describe, expect, it } from 'vitest';
import { firstLines, normaliseStderr, rewritePaths } from '../../scripts/lib/normalise.ts';
import { compare, parseHeader, type Case } from '../../scripts/lib/conformance.ts';

describe('normaliseStderr', () => {
  it('normalises addresses, pc offsets and ? marks, keeps small words and goroutine ids', () => {
    const raw =
      'panic: boom\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x499e55]\n\n' +
      'goroutine 1 [running]:\nmain.g(0x18c299286008?, 0x0?, 0x3)\n\t/tmp/gomaplab/prog.go:9 +0x26\n' +
      'main.main()\n\t/tmp/gomaplab/prog.go:14 +0x70 fp=0xc000 sp=0xc00001f000 pc=0x47db77\n';
    expect(normaliseStderr(raw)).toBe(
      'panic: boom\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x?]\n\n' +
        'goroutine 1 [running]:\nmain.g(0x?, 0x0, 0x3)\n\t/tmp/gomaplab/prog.go:9\n' +
        'main.main()\n\t/tmp/gomaplab/prog.go:14 fp=0xc000 sp=0x? pc=0x?\n',
    );
  });

  it('is idempotent', () => {
    const s = 'main.f({0x47f5ed?, 0x417aa5?})\n\t/x.go:3 +0x17\n';
    expect(normaliseStderr(normaliseStderr(s))).toBe(normaliseStderr(s));
  });
});

describe('rewritePaths and firstLines', () => {
  it('maps the build dir and GOROOT to the printed paths', () => {
    expect(rewritePaths('\t/tmp/b/1.27/prog.go:3\n\t/usr/lib/go-1.27/src/runtime/panic.go:1\n', '/tmp/b/1.27', '/usr/lib/go-1.27')).toBe(
      '\t/tmp/gomaplab/prog.go:3\n\t/usr/local/go/src/runtime/panic.go:1\n',
    );
  });

  it('keeps the first n lines', () => {
    expect(firstLines('a\nb\nc\n', 2)).toBe('a\nb\n');
    expect(firstLines('a\n', 2)).toBe('a\n');
  });
});

describe('argument marks', () => {
  // Lines from real runs of tracebacks/nested_frames_args (go1.27, then go1.23): the marked
  // words differ, the marks do not.
  const run1 = 'main.(*Grid).get(0x148a5d91cda0?, 0x0?, 0x5?)\nmain.report(0x7f01eee47a48?, {0x49b05a, 0x3}, 0x573220?)\n';
  const run2 = 'main.(*Grid).get(0xc00007ce38?, 0x0?, 0x70?)\nmain.report(0x70?, {0x4aefd4, 0x3}, 0xc00007cee8?)\n';
  it('keepMarks keeps every mark and drops the marked values', () => {
    const want = 'main.(*Grid).get(0x??, 0x??, 0x??)\nmain.report(0x??, {0x?, 0x3}, 0x??)\n';
    expect(normaliseStderr(run1, { keepMarks: true })).toBe(want);
    expect(normaliseStderr(run2, { keepMarks: true })).toBe(want);
  });
  it('an unmarked word is compared, a missing or extra mark differs', () => {
    expect(normaliseStderr('f(0x2, 0x3?)', { keepMarks: true })).toBe('f(0x2, 0x??)');
    expect(normaliseStderr('f(0x2?, 0x3)', { keepMarks: true })).not.toBe(normaliseStderr('f(0x2, 0x3)', { keepMarks: true }));
  });
  it('without keepMarks the marks are dropped and the values kept', () => {
    expect(normaliseStderr('f(0x2?, 0xc00007ce38?)')).toBe('f(0x2, 0x?)');
  });
});

describe('headers and comparison', () => {
  it('parses the header lines before package', () => {
    const h = parseHeader('// versions: 1.21 1.27\n// env: GOTRACEBACK=system\n// args: a b\n// stderr-lines: 3\npackage main\n// versions: 9\n');
    expect(h).toEqual({ versions: ['1.21', '1.27'], env: { GOTRACEBACK: 'system' }, args: ['a', 'b'], stderrLines: 3 });
  });

  it('reports the first differing line', () => {
    const c = { version: '1.27', key: '1.27/x/y', goldenPath: '', program: { area: 'x', name: 'y', id: 'x/y', path: '', source: '', header: parseHeader('') } } satisfies Case;
    const golden = { stdout: 'a\nb\n', stderr: '', exitCode: 0 };
    const ok = { status: 'ok', stdout: 'a\nb\n', stderr: '', combined: '', exitCode: 0, compileMs: 0, runMs: 0, steps: 0 } as const;
    expect(compare(c, golden, ok)).toBeNull();
    expect(compare(c, golden, { ...ok, stdout: 'a\nc\n' })).toBe('stdout line 2: want "b", got "c"');
    expect(compare(c, golden, { ...ok, exitCode: 2 })).toBe('exit code: want 0, got 2');
    expect(compare(c, golden, { status: 'error', message: 'engine threw: X' })).toBe('engine threw: X');
  });
});
