// Every scenario in content/scenarios runs in the engine on every supported Go version and is
// compared with what real Go did (content/scenarios/observed, captured by
// scripts/capture-scenarios.mjs):
//   - a program real Go does not build must fail to compile with go build's exact output;
//   - a program run once must give the same exit code, stdout and (normalised) stderr;
//   - a concurrent program run many times must end in one of the outcomes real Go showed
//     (exit code and first line of stderr).
// tests/scenarios/known-failures.txt lists the cases the engine cannot do yet, with reasons. A
// listed case that passes fails the run, so the list stays true; UPDATE_KNOWN_FAILURES=1 rewrites it.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GO_VERSIONS, type GoVersion } from '../../src/engine/api.ts';
import { EnginePool, type EngineJobResult } from '../../scripts/lib/engine-pool.ts';
import { readKnownFailures, writeKnownFailures, ROOT } from '../../scripts/lib/conformance.ts';
import { ABS_PATH, normaliseStderr } from '../../scripts/lib/normalise.ts';

interface Observed {
  scenario: string;
  runs: number;
  versions: Record<
    string,
    {
      toolchain: string;
      build?: { exitCode: number; stderr: string };
      outcomes?: { exitCode: number; firstLine: string; count: number }[];
      output?: { exitCode: number; stdout: string; stderr: string };
    }
  >;
}

const DIR = join(ROOT, 'content/scenarios');
const KNOWN = join(ROOT, 'tests/scenarios/known-failures.txt');
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.go'))
  .map((f) => f.slice(0, -3))
  .sort();

function compare(o: Observed['versions'][string], r: EngineJobResult): string | null {
  if (r.status !== 'ok') return `${r.status}: ${r.message}`;
  const firstDiff = (want: string, got: string, what: string) => {
    if (want === got) return null;
    const w = want.split('\n');
    const g = got.split('\n');
    const i = w.findIndex((line, k) => line !== g[k]);
    return `${what} line ${i + 1}: want ${JSON.stringify(w[i] ?? '')}, got ${JSON.stringify(g[i] ?? '')}`;
  };
  if (o.build) {
    if (r.exitCode !== 1) return `real Go does not build it (${o.build.stderr.split('\n')[1]}); the engine ran it`;
    return firstDiff(o.build.stderr, r.stderr, 'build output');
  }
  if (o.output) {
    if (r.exitCode !== o.output.exitCode) return `exit code ${r.exitCode}, want ${o.output.exitCode}: ${(r.stderr.split('\n')[0] ?? '').slice(0, 120)}`;
    return firstDiff(o.output.stdout, r.stdout, 'stdout') ?? firstDiff(o.output.stderr, normaliseStderr(r.stderr), 'stderr');
  }
  const lines = normaliseStderr(r.stderr).split('\n');
  const first = lines[0] ?? '';
  const seen = (o.outcomes ?? []).some((x) => x.exitCode === r.exitCode && x.firstLine === first);
  // For a compile failure the telling line is the diagnostic under go build's header.
  const shown = r.exitCode === 1 && first.startsWith('# ') ? (lines[1] ?? '') : first;
  return seen ? null : `outcome (exit ${r.exitCode}, ${JSON.stringify(shown.slice(0, 120))}) never seen in real Go`;
}

const pool = new EnginePool();
afterAll(() => pool.close());

describe('scenarios behave as real Go does', () => {
  it(`all ${ids.length} scenarios × ${GO_VERSIONS.length} versions`, async () => {
    const known = readKnownFailures(KNOWN);
    const failures = new Map<string, string>();
    const jobs: Promise<void>[] = [];
    for (const id of ids) {
      const source = readFileSync(join(DIR, `${id}.go`), 'utf8');
      const observed = JSON.parse(readFileSync(join(DIR, 'observed', `${id}.json`), 'utf8')) as Observed;
      for (const v of GO_VERSIONS) {
        const o = observed.versions[v];
        expect(o, `content/scenarios/observed/${id}.json has Go ${v}; run scripts/capture-scenarios.mjs`).toBeDefined();
        jobs.push(
          pool.run({ source, go: v as GoVersion, absPath: ABS_PATH, steps: 5e7, wallMs: 8_000 }).then((r) => {
            const why = compare(o!, r);
            if (why) failures.set(`${v}/${id}`, why);
          }),
        );
      }
    }
    await Promise.all(jobs);
    const total = ids.length * GO_VERSIONS.length;
    console.log(`scenarios: ${total - failures.size}/${total} pass (${known.size} known failures listed)`);
    if (process.env['UPDATE_KNOWN_FAILURES'] === '1') {
      writeKnownFailures(
        KNOWN,
        '# Scenario runs the engine cannot match yet: `<version>/<scenario>  <reason>`.\n# Regenerate with UPDATE_KNOWN_FAILURES=1 npx vitest run tests/scenarios\n',
        failures,
      );
      return;
    }
    const unexpected = [...failures].filter(([k]) => !known.has(k)).map(([k, why]) => `${k}: ${why}`);
    const fixed = [...known.keys()].filter((k) => !failures.has(k));
    expect(unexpected, 'scenario runs that differ from real Go').toEqual([]);
    expect(fixed, 'listed as known failures but now pass: remove them from tests/scenarios/known-failures.txt').toEqual([]);
  });
});
