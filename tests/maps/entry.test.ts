// The map entry points as runtime steps (src/engine/runtime/maps/entry.ts), through the
// engine's map trace events: the compiler's choice of entry point per key type (go-facts §5.2),
// the order of each operation's steps, and the flag protocol that makes the fatal errors fire.
import { describe, expect, it } from 'vitest';
import { compile, run } from '../../src/engine/index.ts';
import type { MapTraceEvent, TraceEvent } from '../../src/engine/api.ts';

function trace(src: string, go = '1.27', seed = 1): { events: MapTraceEvent[]; stderr: string; exitCode: number } {
  const c = compile(src, { go: go as never, filename: 'prog.go' });
  if (!c.ok) throw new Error(c.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`).join('\n'));
  const events: MapTraceEvent[] = [];
  const r = run(c.program, { seed, onEvent: (e: TraceEvent) => void (e.kind === 'map' && events.push(e)), limits: { steps: 2e6 } });
  return { events, stderr: r.stderr, exitCode: r.exitCode };
}

/** A concurrent program (a go statement) doing `body` in main, after the goroutine ended. */
const prog = (decls: string, body: string): string => `package main

import "sync"

${decls}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { wg.Done() }()
	wg.Wait()
${body}
}
`;

describe('the compiler picks the entry point by the key\'s equality algorithm', () => {
  const cases: [string, string, string[]][] = [
    ['map[int]int', 'k := 1', ['mapassign_fast64', 'mapaccess1_fast64', 'mapaccess2_fast64', 'mapdelete_fast64']],
    ['map[int32]bool', 'k := int32(1)', ['mapassign_fast32', 'mapaccess1_fast32', 'mapaccess2_fast32', 'mapdelete_fast32']],
    ['map[string]int', 'k := "a"', ['mapassign_faststr', 'mapaccess1_faststr', 'mapaccess2_faststr', 'mapdelete_faststr']],
    ['map[*T]int', 'k := &T{}', ['mapassign_fast64ptr', 'mapaccess1_fast64', 'mapaccess2_fast64', 'mapdelete_fast64']],
    ['map[[8]byte]int', 'k := [8]byte{}', ['mapassign_fast64', 'mapaccess1_fast64', 'mapaccess2_fast64', 'mapdelete_fast64']],
    ['map[P32]int', 'k := P32{}', ['mapassign_fast64', 'mapaccess1_fast64', 'mapaccess2_fast64', 'mapdelete_fast64']],
    ['map[float64]int', 'k := 1.5', ['mapassign', 'mapaccess1', 'mapaccess2', 'mapdelete']],
    ['map[bool]int', 'k := true', ['mapassign', 'mapaccess1', 'mapaccess2', 'mapdelete']],
    ['map[P64]int', 'k := P64{}', ['mapassign', 'mapaccess1', 'mapaccess2', 'mapdelete']],
    ['map[any]int', 'var k any = 1', ['mapassign', 'mapaccess1', 'mapaccess2', 'mapdelete']],
    // Elements over 128 bytes (abi.MapMaxElemBytes) take the generic functions, delete included.
    ['map[int][200]byte', 'k := 1', ['mapassign', 'mapaccess1', 'mapaccess2', 'mapdelete']],
  ];
  for (const [mt, key, want] of cases) {
    it(mt, () => {
      const src = prog('type T struct{ x int }\ntype P32 struct{ A, B int32 }\ntype P64 struct{ A, B int }', `\tm := ${mt}{}\n\t${key}\n\tv := m[k] // an empty map: no check, no event\n\tm[k] = v\n\t_ = m[k]\n\t_, ok := m[k]\n\t_ = ok\n\tdelete(m, k)`);
      const { events } = trace(src);
      const fns = events.filter((e) => e.phase === 'enter').map((e) => e.fn);
      expect(fns).toEqual(want);
    });
  }
});

describe('each operation\'s steps', () => {
  it('a write: enter, flag set, flag cleared, exit; reads and iteration check without setting it', () => {
    const { events } = trace(prog('', '\tm := map[int]int{}\n\tm[1] = 2\n\t_ = m[1]\n\tfor range m {\n\t}\n\tclear(m)'));
    // The model's own steps (groups probed, ...) come between; the entry points' phases first.
    const steps = events.filter((e) => e.phase === 'step');
    expect(steps.length).toBeGreaterThan(0);
    for (const e of steps) expect(typeof e.detail?.kind).toBe('string');
    expect(events.filter((e) => e.phase !== 'step').map((e) => `${e.fn}:${e.phase}`)).toEqual([
      'mapassign_fast64:enter', 'mapassign_fast64:flag-set', 'mapassign_fast64:flag-clear', 'mapassign_fast64:exit',
      'mapaccess1_fast64:enter', 'mapaccess1_fast64:exit',
      'maps.(*Iter).Next:enter', 'maps.(*Iter).Next:exit', 'maps.(*Iter).Next:enter', 'maps.(*Iter).Next:exit',
      'mapclear:enter', 'mapclear:flag-set', 'mapclear:flag-clear', 'mapclear:exit',
    ]);
    expect(new Set(events.map((e) => e.map))).toEqual(new Set([1]));
  });

  it('reads and deletes of an empty map return before any check (no events)', () => {
    const { events } = trace(prog('', '\tm := map[int]int{}\n\t_ = m[1]\n\tdelete(m, 1)\n\tvar n map[int]int\n\t_ = n[1]'));
    expect(events).toEqual([]);
  });
});

describe('the flag protocol', () => {
  const writers = `package main

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i%8] = i
		}
	}()
	for i := 0; ; i++ {
		m[i%8] = -i
	}
}
`;
  for (const go of ['1.23', '1.27']) {
    it(`two writers on Go ${go}: the failing check saw another goroutine's flag, or lost its own`, () => {
      for (let seed = 1; seed <= 10; seed++) {
        const { events, stderr, exitCode } = trace(writers, go, seed);
        expect(exitCode).toBe(2);
        expect(stderr.split('\n')[0]).toBe('fatal error: concurrent map writes');
        // The first fatal error (the other P runs on until it leaves the map code: events may follow).
        const fi = events.findIndex((e) => e.phase === 'fatal');
        expect(fi).toBeGreaterThan(0);
        const last = events[fi]!;
        // Replay the flag: who holds it when the check fails?
        const holders: number[] = [];
        for (const e of events.slice(0, fi)) {
          if (e.phase === 'flag-set') holders.push(e.goid);
          if (e.phase === 'flag-clear') holders.splice(holders.indexOf(e.goid), 1);
        }
        const ownFlagSet = holders.includes(last.goid);
        const others = holders.filter((g) => g !== last.goid);
        // Entry check: another writer holds the flag. Exit check: the failing writer set it, and
        // another writer's toggle cleared it (so at least two toggles are outstanding).
        expect(others.length > 0 || ownFlagSet).toBe(true);
        if (ownFlagSet) expect(holders.length).toBeGreaterThanOrEqual(2);
      }
    });
  }
});

describe('map states for the panes', () => {
  for (const [go, model] of [['1.23', 'buckets'], ['1.27', 'swiss']] as const) {
    it(`Go ${go}: exit events carry the ${model} model's state`, () => {
      const c = compile(prog('', '\tm := map[int]int{}\n\tfor i := 0; i < 20; i++ {\n\t\tm[i] = i\n\t}'), { go, filename: 'prog.go' });
      if (!c.ok) throw new Error(c.diagnostics[0]?.message);
      const states: unknown[] = [];
      run(c.program, { seed: 1, mapStates: true, onEvent: (e) => void (e.kind === 'map' && e.phase === 'exit' && states.push(e.state)) });
      expect(states).toHaveLength(20);
      const last = states.at(-1) as { model: string };
      expect(last.model).toBe(model);
      expect(JSON.parse(JSON.stringify(last))).toEqual(last);
    });
  }
});
