// The facts "Reading the crash" states, checked against the captured outputs.
import { describe, expect, it } from 'vitest';
import { parseGoroutines, type Goroutine } from '../../src/components/crash/traceback.ts';
import { allCaptures, capture } from './load.ts';

const goroutines = (id: string): Goroutine[] => parseGoroutines(capture(id).stderr);
const first = (id: string): Goroutine => goroutines(id)[0]!;
const funcs = (g: Goroutine): string[] => g.frames.map((f) => f.func);
const where = (g: Goroutine): string[] => g.frames.map((f) => `${f.func} ${f.file.replace(/^\/usr\/lib\/go-1\.\d+\/src\//, '')}:${f.line}`);
const isRuntime = (fn: string) => fn === 'panic' || fn.startsWith('runtime.') || fn.startsWith('internal/runtime/');
const fatalCaptures = () => allCaptures().filter((c) => c.stderr.startsWith('fatal error: '));

describe('two writers and a small map (Go 1.24 to 1.26)', () => {
  it('the second writer stops in putSlotSmallFast64 at runtime_fast64.go:179, whose caller is hidden', () => {
    const g = first('smallslot-1.26');
    expect(where(g).slice(0, 2)).toEqual([
      'internal/runtime/maps.fatal runtime/panic.go:1181',
      'internal/runtime/maps.(*Map).putSlotSmallFast64 internal/runtime/maps/runtime_fast64.go:179',
    ]);
    expect(funcs(g)[2]).toBe('main.add');
  });
});

describe('anatomy', () => {
  it('starts with the fatal error line and a blank line, and the first goroutine is the one that failed', () => {
    for (const c of fatalCaptures()) {
      const lines = c.stderr.split('\n');
      expect(lines[0], c.id).toMatch(/^fatal error: (concurrent map (writes|read and map write|iteration and map write)|small map with no empty slot \(concurrent map writes\?\))$/);
      if (c.gotraceback === 'none') continue;
      const fatalCount = lines.filter((l) => l.startsWith('fatal error:')).length;
      expect(lines[fatalCount], c.id).toBe('');
      expect(parseGoroutines(c.stderr)[0]!.state, c.id).toBe('running');
    }
  });

  it('frame lines are call sites: main.main is at the map read on line 21, not its declaration', () => {
    for (const go of ['1.19', '1.23', '1.24', '1.25', '1.26', '1.27']) {
      const main = first(`readwrite-${go}`).frames.find((f) => f.func === 'main.main')!;
      expect(main.line, go).toBe(21);
      expect(capture(`readwrite-${go}`).source.split('\n')[20]).toContain('sink += m[i%100]');
    }
  });

  it('inlined frames print (...) and no pc offset; other frames print +0x…', () => {
    let inlined = 0;
    for (const c of allCaptures()) {
      for (const g of parseGoroutines(c.stderr)) {
        for (const f of g.frames) {
          expect(f.hasPcOffset, `${c.id} ${f.func}`).toBe(f.args !== '...');
          if (f.args === '...') inlined++;
        }
      }
    }
    expect(inlined).toBeGreaterThan(0);
  });

  it('the writer is inlined into the go statement wrapper from 1.23, a frame of its own in 1.19', () => {
    expect(goroutines('readwrite-1.19')[1]!.frames[0]).toMatchObject({ func: 'main.writer', args: '0x…?', hasPcOffset: true });
    expect(goroutines('readwrite-1.23')[1]!.frames[0]).toMatchObject({ func: 'main.writer', args: '...', hasPcOffset: false });
    expect(funcs(goroutines('readwrite-1.23-system').find((g) => funcs(g).includes('main.writer'))!)).toContain('main.main.gowrap1');
  });

  it('argument words: the string passed to maps.fatal is a {pointer, length} pair, with ? marks', () => {
    expect(first('readwrite-1.27').frames[0]).toMatchObject({ func: 'internal/runtime/maps.fatal', args: '{0x…?, 0x…?}' });
    expect(first('writes-1.23').frames[0]).toMatchObject({ func: 'main.writer', args: '0x…, 0x…?' });
  });

  it('the writer of the first example is goroutine 17, as the prose says', () => {
    expect(goroutines('readwrite-1.23').map((g) => g.id)).toEqual([1, 17]);
  });

  it('created by names the creating goroutine from 1.21 on, not in 1.19', () => {
    expect(goroutines('readwrite-1.19')[1]!.createdBy).toEqual({ text: 'created by main.main', inGoroutine: null });
    for (const id of ['readwrite-1.23', 'readwrite-1.24', 'readwrite-1.25', 'readwrite-1.27-all', 'writes-1.27']) {
      const g = goroutines(id).find((x) => x.createdBy)!;
      expect(g.createdBy, id).toEqual({ text: 'created by main.main in goroutine 1', inGoroutine: 1 });
    }
    for (const c of allCaptures().filter((x) => x.go === '1.19')) expect(c.stderr, c.id).not.toContain(' in goroutine ');
  });
});

describe('versions at the default level', () => {
  it('1.19 and 1.23 print no runtime frames and every user goroutine', () => {
    for (const id of ['readwrite-1.19', 'readwrite-1.23', 'writes-1.19', 'writes-1.23', 'iterate-1.23', 'readwrite-1.23-all']) {
      const gs = goroutines(id);
      for (const g of gs) for (const f of g.frames) expect(isRuntime(f.func), `${id} ${f.func}`).toBe(false);
      expect(gs.length, id).toBe(id.startsWith('writes') ? 3 : 2);
    }
  });

  it('1.24 to 1.27 put internal/runtime/maps.fatal, file runtime/panic.go, on top', () => {
    const lines: Record<string, number> = { '1.24': 1058, '1.25': 1046, '1.26': 1181, '1.27': 1197 };
    for (const [go, line] of Object.entries(lines)) {
      expect(first(`readwrite-${go}`).frames[0], go).toMatchObject({ func: 'internal/runtime/maps.fatal', file: `/usr/lib/go-${go}/src/runtime/panic.go`, line });
    }
    expect(where(first('iterate-1.27')).slice(0, 2)).toEqual(['internal/runtime/maps.fatal runtime/panic.go:1197', 'internal/runtime/maps.(*Iter).Next internal/runtime/maps/table.go:882']);
    expect(where(first('iterate-1.23'))).toEqual(['main.main /tmp/gomaplab-crash/iterate/main.go:20']);
  });

  it('up to 1.25 every user goroutine is printed; 1.26 and 1.27 print only the failing one', () => {
    for (const go of ['1.19', '1.23', '1.24', '1.25']) expect(goroutines(`readwrite-${go}`).length, go).toBe(2);
    for (const go of ['1.26', '1.27']) expect(goroutines(`readwrite-${go}`).length, go).toBe(1);
    expect(goroutines('writes-1.27').length).toBe(1);
    expect(goroutines('writes-1.27-all').length).toBe(3);
  });

  it('a waiting main is [semacquire] up to 1.23 and [sync.WaitGroup.Wait] from 1.24', () => {
    const mainState = (id: string) => goroutines(id).find((g) => g.id === 1)!.state;
    expect(mainState('writes-1.19')).toBe('semacquire');
    expect(mainState('writes-1.23')).toBe('semacquire');
    expect(mainState('writes-1.24')).toBe('sync.WaitGroup.Wait');
    expect(mainState('writes-1.27-all')).toBe('sync.WaitGroup.Wait');
  });

  it('shows the rarer shapes: two detectors (1.23), a writer still running (1.24)', () => {
    const double = capture('writes-1.23-double').stderr;
    expect(double.split('\n').filter((l) => l.startsWith('fatal error:')).length).toBe(2);
    expect(double).toContain('\tgoroutine running on other thread; stack unavailable');
    const unavailable = capture('writes-1.24-unavailable').stderr;
    expect(unavailable.split('\n').filter((l) => l.startsWith('fatal error:')).length).toBe(1);
    expect(unavailable).toContain('\tgoroutine running on other thread; stack unavailable');
  });
});

describe('GOTRACEBACK levels', () => {
  it('none prints the message only', () => {
    expect(capture('readwrite-1.27-none').stderr).toBe('fatal error: concurrent map read and map write\n');
  });

  it('single is the default, and all equals single before 1.26', () => {
    expect(capture('readwrite-1.27-single').stderr).toBe(capture('readwrite-1.27').stderr);
    const shape = (id: string) => goroutines(id).map((g) => [g.state, funcs(g)]);
    expect(shape('readwrite-1.23-all')).toEqual(shape('readwrite-1.23'));
    expect(goroutines('readwrite-1.27-all').length).toBe(2);
  });

  it('system adds fp/sp/pc, runtime frames, system goroutines, runtime.goexit and (1.22+) gp/m/mp', () => {
    for (const id of ['readwrite-1.19-system', 'readwrite-1.23-system', 'readwrite-1.24-system', 'readwrite-1.27-system', 'readwrite-1.27-crash', 'writes-1.23-system', 'writes-1.27-system', 'nilmap-panic-1.27-system']) {
      const c = capture(id);
      const gs = parseGoroutines(c.stderr);
      for (const g of gs) {
        expect(g.hasGpM, `${id} ${g.header}`).toBe(c.go !== '1.19');
        for (const f of g.frames) expect(f.hasFrameRegs, `${id} ${f.func}`).toBe(f.hasPcOffset);
        expect(g.frames.at(-1)!.func, `${id} ${g.header}`).toBe('runtime.goexit');
      }
      expect(c.stderr, id).toContain(c.go === '1.19' ? 'runtime.goexit()\n' : 'runtime.goexit({})\n');
      expect(gs.some((g) => g.state === 'force gc (idle)'), id).toBe(true);
      expect(gs.some((g) => g.state === 'GC sweep wait'), id).toBe(true);
    }
    for (const c of allCaptures().filter((x) => x.gotraceback !== 'system' && x.gotraceback !== 'crash')) {
      expect(c.stderr, c.id).not.toContain(' fp=');
      expect(c.stderr, c.id).not.toContain('[force gc (idle)]');
    }
  });

  it('crash prints the system-level output and dies of SIGABRT: status 134', () => {
    const c = capture('readwrite-1.27-crash');
    expect([c.exitCode, c.signal]).toEqual([134, 'SIGABRT']);
    expect(where(first('readwrite-1.27-crash'))).toEqual(where(first('readwrite-1.27-system')));
    expect(c.stderr).not.toMatch(/^r(ax|ip) /m); // no register dump
  });
});

describe('the calling chain down to fatal (GOTRACEBACK=system)', () => {
  it('matches the table in the chapter, per version', () => {
    expect(where(first('readwrite-1.19-system')).slice(0, 3)).toEqual([
      'runtime.fatal runtime/panic.go:1066',
      'runtime.mapaccess1_fast64 runtime/map_fast64.go:22',
      'main.main /tmp/gomaplab-crash/readwrite/main.go:21',
    ]);
    expect(where(first('readwrite-1.23-system')).slice(0, 3)).toEqual([
      'runtime.fatal runtime/panic.go:1088',
      'runtime.mapaccess1_fast64 runtime/map_fast64.go:22',
      'main.main /tmp/gomaplab-crash/readwrite/main.go:21',
    ]);
    expect(where(first('readwrite-1.24-system')).slice(0, 4)).toEqual([
      'runtime.fatal runtime/panic.go:1123',
      'internal/runtime/maps.fatal runtime/panic.go:1058',
      'runtime.mapaccess1_fast64 internal/runtime/maps/runtime_fast64_swiss.go:29',
      'main.main /tmp/gomaplab-crash/readwrite/main.go:21',
    ]);
    expect(where(first('readwrite-1.27-system')).slice(0, 5)).toEqual([
      'runtime.fatal runtime/panic.go:1269',
      'internal/runtime/maps.fatal runtime/panic.go:1197',
      'runtime.mapaccess2_fast64 internal/runtime/maps/runtime_fast64.go:34',
      'runtime.mapaccess1_fast64 internal/runtime/maps/runtime_fast64.go:17',
      'main.main /tmp/gomaplab-crash/readwrite/main.go:21',
    ]);
  });

  it('never prints fatalthrow; writers fail in mapassign_fast64 at the entry check', () => {
    for (const c of allCaptures()) expect(c.stderr, c.id).not.toContain('fatalthrow');
    expect(where(first('writes-1.23-system')).slice(0, 3)).toEqual([
      'runtime.fatal runtime/panic.go:1088',
      'runtime.mapassign_fast64 runtime/map_fast64.go:122',
      'main.writer /tmp/gomaplab-crash/writes/main.go:9',
    ]);
    expect(where(first('writes-1.27-system')).slice(0, 4)).toEqual([
      'runtime.fatal runtime/panic.go:1269',
      'internal/runtime/maps.fatal runtime/panic.go:1197',
      'runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:192',
      'main.writer /tmp/gomaplab-crash/writes/main.go:9',
    ]);
  });

  it('the other writer stopped on the declaration line of mapassign_fast64', () => {
    const expected: Record<string, string> = {
      '1.19': 'runtime.mapassign_fast64 runtime/map_fast64.go:93',
      '1.23': 'runtime.mapassign_fast64 runtime/map_fast64.go:113',
      '1.27': 'runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182',
    };
    for (const [go, frame] of Object.entries(expected)) {
      const writer = goroutines(`readwrite-${go}-system`).find((g) => g.createdBy?.text.startsWith('created by main.main'))!;
      expect(where(writer)[0], go).toBe(frame);
    }
  });
});

describe('exit codes', () => {
  it('fatal errors exit 2 unless GOTRACEBACK=crash, and go run exits 1 with its own last line', () => {
    for (const c of fatalCaptures()) {
      if (c.build === null) {
        expect(c.exitCode, c.id).toBe(1);
        expect(c.stderr.trimEnd().split('\n').at(-1), c.id).toBe(c.gotraceback === 'crash' ? 'signal: aborted' : 'exit status 2');
      } else {
        expect(c.exitCode, c.id).toBe(c.gotraceback === 'crash' ? 134 : 2);
      }
    }
  });
});

describe('recover', () => {
  it('a deferred recover never runs on a fatal error', () => {
    for (const id of ['recover-1.19', 'recover-1.27']) {
      const c = capture(id);
      expect(c.source).toContain('recover()');
      expect(c.stdout, id).toBe('main: reading the map\n');
      expect(c.stderr.split('\n')[0], id).toBe('fatal error: concurrent map read and map write');
      expect(c.exitCode, id).toBe(2);
    }
  });

  it('the nil-map write is an ordinary panic: recovered as runtime.plainError, reads never fail', () => {
    for (const id of ['nilmap-1.19', 'nilmap-1.27']) {
      const c = capture(id);
      expect(c.stdout.split('\n'), id).toEqual([
        'len: 0 m["a"]: 0 comma-ok: 0 false',
        'reads, range and delete on a nil map: no panic',
        'recovered: assignment to entry in nil map',
        'type: runtime.plainError, runtime.Error: true',
        '',
      ]);
      expect([c.stderr, c.exitCode], id).toEqual(['', 0]);
    }
  });

  it('unrecovered, it prints panic:, runs deferred calls and exits 2; system level shows the panic frame', () => {
    const c = capture('nilmap-panic-1.27');
    expect([c.stdout, c.stderr.split('\n')[0], c.exitCode]).toEqual(['deferred call ran\n', 'panic: assignment to entry in nil map', 2]);
    expect(funcs(first('nilmap-panic-1.27'))).toEqual(['main.main']);
    expect(where(first('nilmap-panic-1.27-system')).slice(0, 3)).toEqual([
      'panic runtime/panic.go:878',
      'runtime.mapassign_faststr internal/runtime/maps/runtime_faststr.go:263',
      'main.main /tmp/gomaplab-crash/nilmap-panic/main.go:9',
    ]);
  });
});
