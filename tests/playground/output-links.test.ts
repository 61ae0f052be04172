import { describe, expect, it } from 'vitest';
import { segmentLine } from '../../src/playground/output-links.ts';

describe('output links', () => {
  it('link go build diagnostics to line and column', () => {
    expect(segmentLine('./prog.go:7:3: undefined: x', 'prog.go')).toEqual([
      { kind: 'source', text: './prog.go:7:3', line: 7, col: 3 },
      { kind: 'text', text: ': undefined: x' },
    ]);
  });

  it('link traceback frame lines to their line', () => {
    expect(segmentLine('\t/tmp/gomaplab/prog.go:12 +0x1d', 'prog.go')).toEqual([
      { kind: 'text', text: '\t' },
      { kind: 'source', text: '/tmp/gomaplab/prog.go:12', line: 12, col: 1 },
      { kind: 'text', text: ' +0x1d' },
    ]);
  });

  it('mark runtime frames, not runtime files', () => {
    expect(segmentLine('runtime.mapaccess1_fast64(0x4a, 0xc0, 0x1)', 'prog.go')[0]).toEqual({
      kind: 'runtime',
      text: 'runtime.mapaccess1_fast64',
      func: 'runtime.mapaccess1_fast64',
    });
    expect(segmentLine('\t/usr/local/go/src/runtime/map_fast64.go:22 +0x1d', 'prog.go')).toEqual([
      { kind: 'text', text: '\t/usr/local/go/src/runtime/map_fast64.go:22 +0x1d' },
    ]);
  });

  it('mark internal/runtime/maps frames, with methods', () => {
    expect(segmentLine('internal/runtime/maps.fatal({0x4b2f0e?, 0x0?})', 'prog.go')[0]).toMatchObject({
      kind: 'runtime',
      func: 'internal/runtime/maps.fatal',
    });
    expect(segmentLine('internal/runtime/maps.(*Iter).Next(0xc000012345)', 'prog.go')[0]).toMatchObject({
      kind: 'runtime',
      func: 'internal/runtime/maps.(*Iter).Next',
    });
    expect(segmentLine('created by main.runtime.x(', 'prog.go').some((s) => s.kind === 'runtime')).toBe(false);
  });

  it('leave other text alone, including look-alikes', () => {
    expect(segmentLine('fatal error: concurrent map writes', 'prog.go')).toEqual([
      { kind: 'text', text: 'fatal error: concurrent map writes' },
    ]);
    expect(segmentLine('see myprog.go:3', 'prog.go')).toEqual([{ kind: 'text', text: 'see myprog.go:3' }]);
  });
});
