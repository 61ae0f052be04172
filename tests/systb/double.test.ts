// Two writers that both detect the conflict (scripts/systb/progs/writes10: ten writers, forever).
// Real Go's outputs with two `fatal error:` lines are kept in tests/systb/double/ (captured by
// `node scripts/capture-system-tracebacks.mjs --double writes10 60`, with the survey of how
// often it happened: 6-13 runs in 60 on go1.19-1.23 at each level, never from go1.24, where
// fatal takes the print lock first). The engine lets the other Ps run on after a fatal error
// until they leave the map code (sched.ts afterFatal), and a second writer whose exit check
// fails prints as real Go's does:
//   - both messages, then the first writer's goroutine and the others, where the second writer
//     is `[running]` with `goroutine running on other thread; stack unavailable`;
//   - last, the second writer's own goroutine, stopped at its exit check.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoroutines, type Goroutine } from '../../src/components/crash/traceback.ts';
import { compile, run } from '../../src/engine/index.ts';
import type { GoTraceback, GoVersion } from '../../src/engine/api.ts';
import { ROOT } from '../../scripts/lib/conformance.ts';

const DIR = join(ROOT, 'tests/systb/double');
const SRC = readFileSync(join(ROOT, 'scripts/systb/progs/writes10/main.go'), 'utf8');
const ABS = '/tmp/gomaplab-systb/writes10/main.go';
const survey = readFileSync(join(DIR, 'survey.txt'), 'utf8');

/** `go1.19 single: 60/60 crashed, 11 with two fatal error lines` → share per version and level. */
function realShare(go: string, level: string): number {
  const m = survey.match(new RegExp(`^go${go.replace('.', '\\.')} ${level}: (\\d+)/\\d+ crashed, (\\d+) with`, 'm'));
  if (m === null) throw new Error(`no survey line for ${go} ${level}`);
  return Number(m[2]) / Number(m[1]);
}

const frames = (g: Goroutine): string[] => g.frames.map((f) => `${f.func} ${f.file.replace(/^\/usr\/(lib\/go-1\.\d+|local\/go)\//, 'GOROOT/')}:${f.line}`);
const isDouble = (stderr: string): boolean => stderr.split('\n').filter((l) => l.startsWith('fatal error:')).length === 2;

function engineRuns(go: string, level: string, seeds: number): string[] {
  const c = compile(SRC, { go: go as GoVersion, filename: 'main.go' });
  if (!c.ok) throw new Error(c.diagnostics[0]?.message);
  const out: string[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    out.push(run(c.program, { seed, gomaxprocs: 2, gotraceback: level as GoTraceback, absPath: ABS, limits: { steps: 5e7 } }).stderr);
  }
  return out;
}

const VERSIONS = ['1.19', '1.21', '1.22', '1.23', '1.24', '1.27'];
const LEVELS = ['single', 'all', 'system'];

describe('two detectors: how often', () => {
  for (const go of VERSIONS) {
    it(`Go ${go}: the share of runs with two fatal error lines is of the order of real Go's`, () => {
      const runs = engineRuns(go, 'single', 60);
      const share = runs.filter(isDouble).length / runs.length;
      for (const level of LEVELS) {
        const real = realShare(go, level);
        if (real === 0) expect(share, level).toBe(0);
        else expect(Math.abs(share - real), `${level}: engine ${share.toFixed(2)}, real ${real.toFixed(2)}`).toBeLessThanOrEqual(0.25);
      }
    }, 120_000);
  }
});

describe('two detectors: the shape of the output', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt') && f !== 'survey.txt');
  it('covers real doubles on go1.19-1.23 at every level', () => {
    for (const go of ['1.19', '1.21', '1.22', '1.23']) for (const level of LEVELS) expect(files.some((f) => f.startsWith(`writes10-${go}-${level}-`)), `${go} ${level}`).toBe(true);
  });
  for (const go of ['1.19', '1.21', '1.22', '1.23']) {
    for (const level of LEVELS) {
      it(`Go ${go}, GOTRACEBACK=${level}`, () => {
        const reals = files.filter((f) => f.startsWith(`writes10-${go}-${level}-`)).map((f) => readFileSync(join(DIR, f), 'utf8'));
        const engine = engineRuns(go, level, 20).find(isDouble);
        if (engine === undefined) throw new Error('no double in 20 seeds');
        for (const text of [engine, ...reals]) {
          const lines = text.split('\n');
          expect(lines.slice(0, 3)).toEqual(['fatal error: concurrent map writes', 'fatal error: concurrent map writes', '']);
          const gs = parseGoroutines(text);
          const last = gs[gs.length - 1]!;
          const hidden = gs.filter((g) => g.frames.length === 0 && g.state === 'running');
          // The second detector: unavailable in the first one's dump, then its own goroutine last.
          expect(hidden.map((g) => g.id)).toEqual([last.id]);
          expect(last.state).toBe('running');
          expect(gs[0]!.state).toBe('running');
        }
        // Both writers stopped at a failing check: the first's and the last goroutine's frames
        // (function, GOROOT-relative file and line) are among real Go's.
        const seen = (i: 0 | -1) => new Set(reals.map((t) => { const gs = parseGoroutines(t); return JSON.stringify(frames(gs.at(i)!)); }));
        const gs = parseGoroutines(engine);
        expect([...seen(-1)]).toContain(JSON.stringify(frames(gs.at(-1)!)));
        expect([...seen(0)]).toContain(JSON.stringify(frames(gs[0]!)));
      }, 60_000);
    }
  }
});
