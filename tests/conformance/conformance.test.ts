// Runs every conformance program (tests/conformance/progs) through the engine, Go version
// by Go version, and compares its normalised stdout, stderr and exit code with the golden
// captured from real Go (scripts/capture-goldens.mjs). Programs listed in
// known-failures.txt must still fail, so the list stays true; all others must pass.
//
// Programs run in worker threads (scripts/lib/engine-pool.ts) with a step limit and a
// host deadline, so an engine that is missing, throws or never returns fails the case
// instead of the suite.

import { afterAll, describe, expect, it } from 'vitest';
import { EnginePool, Prefetcher } from '../../scripts/lib/engine-pool.ts';
import {
  KNOWN_FAILURES,
  WALL_MS,
  listCases,
  listPrograms,
  readKnownFailures,
  runCase,
  summarise,
  type Outcome,
} from '../../scripts/lib/conformance.ts';

const cases = listCases();
const known = readKnownFailures(KNOWN_FAILURES);
let pool: EnginePool | null = null;
const byKey = new Map(cases.map((c) => [c.key, c]));
const outcomes = new Prefetcher<Outcome>(cases.map((c) => c.key), (key) => {
  pool ??= new EnginePool();
  return runCase(byKey.get(key)!, pool);
});
const finished: Outcome[] = [];

afterAll(async () => {
  if (finished.length > 0) {
    for (const line of summarise(finished)) console.log(line);
    console.log(`conformance known failures listed: ${known.size}`);
  }
  await pool?.close();
});

describe('conformance corpus', () => {
  it('has programs and goldens', () => {
    expect(listPrograms().length).toBeGreaterThanOrEqual(220);
    expect(cases.length).toBeGreaterThanOrEqual(listPrograms().length);
  });

  it('known-failures.txt names only existing cases', () => {
    const keys = new Set(cases.map((c) => c.key));
    const stale = [...known.keys()].filter((k) => !keys.has(k));
    expect(stale, 'entries without a program/golden: remove them').toEqual([]);
  });
});

describe('conformance', () => {
  for (const c of cases) {
    it(c.key, async () => {
      const o = await outcomes.get(c.key);
      finished.push(o);
      if (known.has(c.key)) {
        expect(o.reason, `${c.key} is listed in known-failures.txt but now passes: remove it`).not.toBeNull();
      } else {
        expect(o.reason, `${c.key} differs from its golden`).toBeNull();
      }
    }, WALL_MS + 30_000);
  }
});
