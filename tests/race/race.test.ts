// The engine's race detector (src/engine/runtime/race.ts) against real `go build -race` runs of
// tests/race/progs (captured by scripts/capture-race.mjs, Go 1.23 and 1.27): same exit status and
// stdout, and the same race reports. Which of two racing goroutines the detector catches first
// depends on the schedule, so each report is compared as an unordered pair of accesses (kind,
// runtime frames, user frames); goroutine ids and hex words are normalised away, and programs
// synchronised by a mutex, a channel, atomics or sync.Once must report nothing.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, run } from '../../src/engine/index.ts';
import type { GoVersion } from '../../src/engine/api.ts';
import { ABS_PATH } from '../../scripts/lib/normalise.ts';
import { ROOT } from '../../scripts/lib/conformance.ts';

interface Golden { exitCode: number; stdout: string; stderr: string }

/** Each report as a sorted pair of its two access blocks, normalised. */
function reports(stderr: string): string[][] {
  return stderr
    .split('==================\nWARNING: DATA RACE\n')
    .slice(1)
    .map((block) => {
      const body = block.slice(0, block.indexOf('=================='));
      const accesses = body.split('\n\n').filter((p) => /^(Previous )?(read|write|Read|Write) at /.test(p));
      return accesses
        .map((a) => a
          .replace(/^Previous /, '')
          .replace(/^(\w)/, (c) => c.toUpperCase())
          .replace(/ at 0x[0-9a-f]+ by (main goroutine|goroutine \d+):/, (_, who: string) => ` by ${who === 'main goroutine' ? 'main' : 'a goroutine'}:`)
          .replace(/ \+0x[0-9a-f]+/g, ''))
        .sort();
    });
}

const PROGS = join(ROOT, 'tests/race/progs');
const names = readdirSync(PROGS).filter((f) => f.endsWith('.go')).map((f) => f.slice(0, -3)).sort();

describe('the race detector matches go build -race', () => {
  for (const go of ['1.23', '1.27']) {
    for (const name of names) {
      it(`${go}/${name}`, () => {
        const want = JSON.parse(readFileSync(join(ROOT, 'tests/race/golden', go, `${name}.json`), 'utf8')) as Golden;
        const c = compile(readFileSync(join(PROGS, `${name}.go`), 'utf8'), { go: go as GoVersion, filename: 'prog.go' });
        if (!c.ok) throw new Error(c.diagnostics[0]?.message);
        // Every seed tried must agree: the verdict does not depend on the schedule.
        for (const seed of [1, 2, 3, 4, 5]) {
          const r = run(c.program, { seed, race: true, absPath: ABS_PATH });
          expect(r.exitCode, `seed ${seed}: ${r.stderr.slice(0, 200)}`).toBe(want.exitCode);
          expect(r.stdout).toBe(want.stdout);
          expect(reports(r.stderr), `seed ${seed}`).toEqual(reports(want.stderr));
          const found = /Found (\d+) data race/.exec(want.stderr)?.[1];
          if (found !== undefined) expect(r.stderr).toContain(`Found ${found} data race(s)`);
        }
      });
    }
  }

  it('without --race nothing is reported', () => {
    const c = compile(readFileSync(join(PROGS, 'writers.go'), 'utf8'), { go: '1.27', filename: 'prog.go' });
    if (!c.ok) throw new Error();
    const r = run(c.program, { seed: 1, absPath: ABS_PATH });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
  });
});
