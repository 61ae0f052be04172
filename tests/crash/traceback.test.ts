// Line classification and parsing used to highlight crash outputs and to check the chapter.
import { describe, expect, it } from 'vitest';
import { classifyLine, markSegments, parseGoroutines } from '../../src/components/crash/traceback.ts';
import { captureProblems, exitLabel, tracebackLabel, type CrashCapture } from '../../src/components/crash/schema.ts';
import { capture } from './load.ts';

describe('classifyLine', () => {
  it('recognises every kind of line Go prints in these outputs', () => {
    const cases: [string, string][] = [
      ['fatal error: concurrent map writes', 'fatal'],
      ['panic: assignment to entry in nil map', 'panic'],
      ['goroutine 1 [running]:', 'header'],
      ['goroutine 17 gp=0x… m=nil [GC sweep wait]:', 'header'],
      ['internal/runtime/maps.fatal({0x…?, 0x…?})', 'frame-runtime'],
      ['internal/runtime/maps.(*Iter).Next(0x…?)', 'frame-runtime'],
      ['runtime.goexit({})', 'frame-runtime'],
      ['panic({0x…?, 0x…?})', 'frame-runtime'],
      ['main.main()', 'frame-user'],
      ['main.writer(...)', 'frame-user'],
      ['sync.(*WaitGroup).Wait(0x…?)', 'frame-other'],
      ['\t/tmp/gomaplab-crash/readwrite/main.go:21 +0x…', 'file'],
      ['\t/usr/lib/go-1.27/src/runtime/proc.go:480', 'file'],
      ['\tgoroutine running on other thread; stack unavailable', 'note'],
      ['created by main.main in goroutine 1', 'created-by'],
      ['exit status 2', 'go-run'],
      ['signal: aborted', 'go-run'],
      ['', 'blank'],
      ['main: reading the map', 'text'],
    ];
    for (const [line, kind] of cases) expect(classifyLine(line), line).toBe(kind);
  });
});

describe('parseGoroutines', () => {
  it('reads headers, frames, inlining, frame registers and created-by', () => {
    const gs = parseGoroutines(capture('readwrite-1.27-system').stderr);
    expect(gs[0]).toMatchObject({ id: 1, state: 'running', hasGpM: true, createdBy: null });
    expect(gs[0]!.frames[1]).toEqual({
      func: 'internal/runtime/maps.fatal',
      args: '{0x…?, 0x…?}',
      file: '/usr/lib/go-1.27/src/runtime/panic.go',
      line: 1197,
      hasPcOffset: true,
      hasFrameRegs: true,
    });
    const writer = gs.find((g) => g.frames.some((f) => f.func === 'main.writer'))!;
    expect(writer.frames.find((f) => f.func === 'main.writer')).toMatchObject({ args: '...', hasPcOffset: false, hasFrameRegs: false, line: 10 });
    expect(writer.createdBy).toEqual({ text: 'created by main.main in goroutine 1', inGoroutine: 1 });
  });

  it('handles the block of a goroutine whose stack is unavailable', () => {
    const gs = parseGoroutines(capture('writes-1.24-unavailable').stderr);
    const running = gs.filter((g) => g.state === 'running');
    expect(running.length).toBe(2);
    expect(running[1]!.frames).toEqual([]);
    expect(running[1]!.createdBy?.inGoroutine).toBe(1);
  });
});

describe('markSegments', () => {
  it('marks every occurrence, preferring the longest match, and keeps the text intact', () => {
    const segs = markSegments('runtime.fatal(x) then runtime.fatal(y)', ['runtime.fatal(', 'runtime.']);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['runtime.fatal(', 'runtime.fatal(']);
    expect(segs.map((s) => s.text).join('')).toBe('runtime.fatal(x) then runtime.fatal(y)');
    expect(markSegments('abc', [])).toEqual([{ text: 'abc', marked: false }]);
    expect(markSegments('abc', [''])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('schema', () => {
  const good: CrashCapture = capture('readwrite-1.27-crash');

  it('accepts a stored capture and names what is wrong with a broken one', () => {
    expect(captureProblems(good)).toEqual([]);
    expect(captureProblems(null)).toEqual(['not an object']);
    expect(captureProblems({ ...good, exitCode: '2' })).toEqual(['exitCode: not an integer']);
    expect(captureProblems({ ...good, gotraceback: 'loud' })).toEqual(['gotraceback: not a level or null']);
    expect(captureProblems({ ...good, goVersion: 'go1.23.5 linux/amd64' })).toEqual(['goVersion: does not match go']);
    expect(captureProblems({ ...good, extra: 1 })).toEqual(['extra: unknown field']);
    const { stderr: _dropped, ...missing } = good;
    expect(captureProblems(missing)).toEqual(['stderr: not a string']);
  });

  it('labels the caption', () => {
    expect(tracebackLabel(good)).toBe('GOTRACEBACK=crash');
    expect(exitLabel(good)).toBe('killed by SIGABRT, shell status 134');
    const plain = capture('readwrite-1.27');
    expect(tracebackLabel(plain)).toBe('GOTRACEBACK unset (single)');
    expect(exitLabel(plain)).toBe('exit status 2');
  });
});
