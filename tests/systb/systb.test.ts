// The engine's tracebacks at GOTRACEBACK=system and crash against real Go's, for every supported
// release (goldens in tests/systb/goldens, captured by scripts/capture-system-tracebacks.mjs).
// Both sides are normalised the same way: hexadecimal numbers (addresses, argument words,
// fp/sp/pc, +pc offsets) become 0x…, `?` marks are dropped, GOROOT is /usr/local/go, and the
// M number of a running goroutine (`m=3`) is not compared. Everything else must be equal: frame
// names, files, lines, inlining, goroutine ids, headers, wait reasons, order, blank lines, and the
// exit status (134 at crash: SIGABRT).
//
// Deterministic programs (a deadlock, panics, sync's fatal error) are run with seed 1 and must
// print exactly what real Go printed. For the concurrent map crashes the engine runs seeds until
// the same goroutine fails with the same message (as tests/maps/tracebacks.test.ts does); then the
// whole output must match, except where the other writer was stopped: real Go freezes it at the
// prologue of its next call (`runtime.mapassign_fast64` at its declaration line), which the engine
// does not model, so the runtime frames of runnable goroutines are left out on both sides.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { compile, run } from '../../src/engine/index.ts';
import type { GoTraceback, GoVersion } from '../../src/engine/api.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIR = `${ROOT}tests/systb/goldens/`;

interface Golden { program: string; go: string; gotraceback: string; sourcePath: string; exitCode: number; stderr: string; stdout: string }

const MAP_CRASHES = new Set(['readwrite', 'writes', 'iterate']);
/** Map crashes found under some seed (the others run with seed 1): chapter 1's, and fmt formatting a map. */
const SEEDED = new Set([...MAP_CRASHES, 'printmap', 'sprintfmap']);

function norm(s: string, sourcePath: string): string {
  return s
    .replace(/0x[0-9a-f…]+\??/g, '0x…')
    .replace(/\/usr\/lib\/go-1\.\d+\//g, '/usr/local/go/')
    .replaceAll(sourcePath, 'PROG')
    .replace(/ m=\d+ /g, ' m=N ')
    .replace(/\?/g, '');
}

/**
 * How each runnable goroutine was stopped when the world stopped: at the prologue of a map
 * entry point (`runtime.mapassign_fast64` at its declaration line: the preemption request took
 * effect at its stack check), asynchronously in user code (`runtime.asyncPreempt` frames), or
 * not started / in user code.
 */
const stops = (s: string): string => s.split('\n\n').filter((b) => /^goroutine \d+ .*\[runnable\]:/.test(b))
  .map((b) => (/\nruntime\.asyncPreempt/.test(b) ? 'async' : /\nruntime\.map/.test(b) ? 'prologue' : 'user')).join(',');

/**
 * A deadlock's runtime stack: real Go's checkdead runs on whichever M finds nothing to run, so the
 * frames below checkdead vary between runs (20 runs of go1.27: park_m → schedule → findRunnable →
 * stopm → mput 17 times, startlockedm twice, mstart0 once). The engine prints the most frequent
 * chain (… park_m, mcall); where a golden shows another chain, only its frames down to checkdead
 * are compared.
 */
function runtimeStackToCheckdead(s: string): string {
  const at = s.indexOf('\nruntime stack:\n');
  if (at < 0) return s;
  const end = s.indexOf('\n\n', at + 1);
  const ls = s.slice(at, end).split('\n');
  const cut = ls.findIndex((l) => l.startsWith('runtime.checkdead(')) + 2;
  return s.slice(0, at) + ls.slice(0, cut).join('\n') + s.slice(end);
}
const otherChain = (want: string): boolean => want.includes('\nruntime stack:\n') && !/runtime\.mcall\(\)\n[^\n]*\n\n/.test(want);

const goldens = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(DIR + f, 'utf8')) as Golden);

function source(program: string): string {
  const dir = MAP_CRASHES.has(program) ? 'scripts/crash/progs' : 'scripts/systb/progs';
  return readFileSync(`${ROOT}${dir}/${program}/main.go`, 'utf8');
}

describe('GOTRACEBACK=system, crash (and all) match real Go', () => {
  it('covers every program on every release at both levels', () => {
    expect(goldens.length).toBe(27 * 8 * 2 + 6 * 8); // system and crash for all; all for deadlock, pipeline, gopanic and recvkinds; single for printmap and sprintfmap
  });
  for (const g of goldens) {
    it(`${g.program} go${g.go} ${g.gotraceback}`, () => {
      const compiled = compile(source(g.program), { go: g.go as GoVersion, filename: 'main.go' });
      if (!compiled.ok) throw new Error(compiled.diagnostics[0]?.message);
      const want = norm(g.stderr, g.sourcePath);
      const opts = { gotraceback: g.gotraceback as GoTraceback, absPath: g.sourcePath };
      if (!SEEDED.has(g.program)) {
        const r = run(compiled.program, { seed: 1, ...opts });
        expect(r.exitCode).toBe(g.exitCode);
        const got = norm(r.stderr, g.sourcePath);
        if (otherChain(want)) expect(runtimeStackToCheckdead(got)).toBe(runtimeStackToCheckdead(want));
        else expect(got).toBe(want);
        return;
      }
      // The failing goroutine's block (header, frames, created by): the same goroutine failed at
      // the same check.
      const failing = (s: string): string => s.split('\n\n')[1] ?? '';
      // A writer stopped asynchronously in its loop is rarer (1 golden in 48): more seeds.
      const seeds = stops(want).includes('async') ? 1000 : 60;
      for (let seed = 1; seed <= seeds; seed++) {
        const r = run(compiled.program, { seed, ...opts });
        const got = norm(r.stderr, g.sourcePath);
        if (got.split('\n')[0] !== want.split('\n')[0] || failing(got) !== failing(want)) continue;
        expect(r.exitCode).toBe(g.exitCode);
        // The other writers stopped where real Go's did (Sched.afterFatal): the whole output.
        if (stops(got) !== stops(want)) continue;
        expect(got).toBe(want);
        return;
      }
      throw new Error(`no seed in 1..${seeds} failed the same goroutine at the same check with the same message, the other writers stopped as in real Go`);
    }, 120_000);
  }
});

describe('runtime frame lines', () => {
  it('rtlines.ts is what scripts/gen-runtime-lines.mjs reads from the toolchains', () => {
    const r = spawnSync(process.execPath, [`${ROOT}scripts/gen-runtime-lines.mjs`, '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('runtime lines: up to date');
    expect(r.status).toBe(0);
  }, 60_000);
});
