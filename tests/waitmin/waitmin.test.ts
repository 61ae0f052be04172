// `goroutine N [chan receive, 3 minutes]:` — how long a goroutine has been blocked, as real Go
// prints it (go1.27 runtime/traceback.go goroutineheader), against goldens captured by
// scripts/capture-wait-minutes.mjs on every supported release.
//
// Real Go only knows the time once a GC cycle's stack scan has stamped the goroutine
// (g.waitsince), and a cycle stamps the end time of the previous one, so the programs cover: no
// GC (no minutes), one runtime.GC (no minutes), two (minutes), one plus sysmon's forced GC two
// minutes later (minutes), and allocations that start several cycles (minutes, for goroutines
// blocked in a receive, a mutex, a select and a sleep). The engine runs on its virtual clock.
//
// Both sides are normalised: hexadecimal numbers, `?` marks and GOROOT as in tests/systb, and
// the ids of main's goroutines (real Go numbers them from 17, 18, 2 or 21 depending on where
// main resumed during start-up) renumbered in order of appearance. Everything else is compared.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { compile, run } from '../../src/engine/index.ts';
import type { GoVersion } from '../../src/engine/api.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIR = `${ROOT}tests/waitmin/goldens/`;

interface Golden { program: string; go: string; sourcePath: string; seconds: number; exitCode: number; stderr: string; stdout: string }

function norm(s: string, sourcePath: string): string {
  const ids = new Map<string, string>();
  return s
    .replace(/0x[0-9a-f]+\??/g, '0x…')
    .replace(/\/usr\/lib\/go-1\.\d+\//g, '/usr/local/go/')
    .replaceAll(sourcePath, 'PROG')
    .replace(/\?/g, '')
    .replace(/^goroutine (\d+) /gm, (m, id: string) => {
      if (id === '1') return m;
      if (!ids.has(id)) ids.set(id, `G${ids.size + 1}`);
      return `goroutine ${ids.get(id)!} `;
    });
}

const goldens: Golden[] = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(DIR + f, 'utf8')) as Golden);

describe('minutes a goroutine has waited', () => {
  it('has goldens for every program on 8 releases', () => {
    const progs = readdirSync(`${ROOT}tests/waitmin/progs`).filter((f) => f.endsWith('.go'));
    expect(goldens.length).toBe(progs.length * 8);
  });
  for (const g of goldens) {
    it(`${g.program} on go${g.go}`, () => {
      const src = readFileSync(`${ROOT}tests/waitmin/progs/${g.program}.go`, 'utf8');
      const compiled = compile(src, { go: g.go as GoVersion, filename: 'main.go' });
      if (!compiled.ok) throw new Error(compiled.diagnostics[0]?.message);
      const r = run(compiled.program, { seed: 1, gotraceback: 'all', absPath: g.sourcePath });
      expect(r.exitCode).toBe(g.exitCode);
      expect(norm(r.stderr, g.sourcePath)).toBe(norm(g.stderr, g.sourcePath));
    });
  }
});
