// Runs the in-scope `// run` programs of Go's own test suite (/usr/lib/go-1.27/test, read at
// test time; the in-scope rule is at the top of scripts/lib/gotest.ts) through the engine,
// checking them as go1.27's testdir does: exit status 0 and combined stdout+stderr equal to
// the `.out` file, or empty without one. Programs listed in known-failures.txt must still
// fail; all others must pass. Each program runs in a worker thread with a step limit and a
// host deadline (scripts/lib/engine-pool.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EnginePool, Prefetcher } from '../../scripts/lib/engine-pool.ts';
import { ROOT, readKnownFailures } from '../../scripts/lib/conformance.ts';
import {
  GOTEST_ROOT,
  GOTEST_VERSION,
  GOTEST_WALL_MS,
  IN_SCOPE_RULE,
  checkGoTest,
  goTestJob,
  goTestSummary,
  listGoTests,
} from '../../scripts/lib/gotest.ts';

const KNOWN = join(ROOT, 'tests/gotest/known-failures.txt');
/** A case waits for its own run, which the pool ends at most 10 s after the engine's wall limit. */
const TEST_TIMEOUT_MS = GOTEST_WALL_MS + 30_000;
const present = existsSync(GOTEST_ROOT);
const { programs, runCount, excluded } = present ? listGoTests() : { programs: [], runCount: 0, excluded: new Map<string, number>() };
const known = readKnownFailures(KNOWN);
let pool: EnginePool | null = null;
const byId = new Map(programs.map((p) => [p.id, p]));
const outcomes = new Prefetcher<string | null>(programs.map((p) => p.id), (id) => {
  pool ??= new EnginePool();
  const p = byId.get(id)!;
  return pool.run(goTestJob(p)).then((r) => checkGoTest(p, r));
});
let pass = 0;
let done = 0;

afterAll(async () => {
  if (done > 0) {
    console.log(goTestSummary(pass, programs.length));
    console.log(`go test suite: ${runCount} \`// run\` programs, ${programs.length} in scope (${IN_SCOPE_RULE}); excluded: ${[...excluded].map(([k, v]) => `${k} ${v}`).join(', ')}; known failures listed: ${known.size}`);
  }
  await pool?.close();
});

describe('go test suite', () => {
  it(`${GOTEST_ROOT} is present with in-scope programs`, () => {
    expect(present, `${GOTEST_ROOT} is missing: install golang-${GOTEST_VERSION}-go (.ci/run does)`).toBe(true);
    expect(programs.length).toBeGreaterThan(100);
  });

  it('known-failures.txt names only in-scope programs', () => {
    const ids = new Set(programs.map((p) => p.id));
    expect([...known.keys()].filter((k) => !ids.has(k))).toEqual([]);
  });
});

describe('go test suite (run)', () => {
  for (const p of programs) {
    it(p.id, async () => {
      const reason = await outcomes.get(p.id);
      done++;
      if (reason === null) pass++;
      if (known.has(p.id)) {
        expect(reason, `${p.id} is listed in tests/gotest/known-failures.txt but now passes: remove it`).not.toBeNull();
      } else {
        expect(reason, `${p.id} fails`).toBeNull();
      }
    }, TEST_TIMEOUT_MS);
  }
});
