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
