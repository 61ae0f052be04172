#!/usr/bin/env node
// Rewrites a known-failures list from a run through the engine: failing cases are listed
// (a case already listed keeps its reason, a new one gets the first differing line),
// passing cases are dropped.
//   default:  tests/conformance/known-failures.txt (conformance programs × versions)
//   --gotest: tests/gotest/known-failures.txt (Go's own `// run` programs in scope)
//
// Usage: node scripts/update-known-failures.mjs [--gotest] [--refresh]
//        (--refresh rewrites the reasons of entries that were already listed, too)

import { join } from 'node:path';
import { EnginePool } from './lib/engine-pool.ts';
import {
  KNOWN_FAILURES,
  KNOWN_FAILURES_HEADING,
  ROOT,
  listCases,
  readKnownFailures,
  startCases,
  summarise,
  writeKnownFailures,
} from './lib/conformance.ts';
import { GOTEST_KNOWN_FAILURES_HEADING, checkGoTest, goTestJob, goTestSummary, listGoTests } from './lib/gotest.ts';

const refresh = process.argv.includes('--refresh');
const gotest = process.argv.includes('--gotest');
const pool = new EnginePool();

/** [key, reason|null] for every case. */
let results;
let path;
let heading;
if (gotest) {
  path = join(ROOT, 'tests/gotest/known-failures.txt');
  heading = GOTEST_KNOWN_FAILURES_HEADING;
  const { programs } = listGoTests();
  results = await Promise.all(
    programs.map((p) =>
      pool.run(goTestJob(p)).then((r) => [p.id, checkGoTest(p, r)]),
    ),
  );
  console.log(goTestSummary(results.filter(([, r]) => r === null).length, results.length));
} else {
  path = KNOWN_FAILURES;
  heading = KNOWN_FAILURES_HEADING;
  const outcomes = await Promise.all(startCases(listCases(), pool).values());
  results = outcomes.map((o) => [o.case.key, o.reason]);
  for (const line of summarise(outcomes)) console.log(line);
}
await pool.close();

const old = readKnownFailures(path);
const next = new Map();
for (const [key, reason] of results) {
  if (reason === null) continue;
  const prev = old.get(key);
  // A reason recorded while the engine could not even load says nothing about the case now.
  next.set(key, !refresh && prev && !prev.startsWith('engine unavailable') ? prev : reason);
}
writeKnownFailures(path, heading, next);
const added = [...next.keys()].filter((k) => !old.has(k)).length;
const removed = [...old.keys()].filter((k) => !next.has(k)).length;
console.log(`${path.slice(ROOT.length + 1)}: ${next.size} known failures (${added} added, ${removed} removed)`);
