// gc's inlining costs (captured from real Go 1.23 and 1.27 by scripts/capture-inline-costs.mjs:
// `go build -gcflags=-m=2`) against the engine's estimate (compile/codegen.ts inlineCost,
// following cmd/compile/internal/inline/inl.go hairyVisitor per release). Known differences
// are listed in known-failures.txt (`<version>/<file>/<function>  <reason>`); a listed case
// that matches fails the suite, as does an unlisted one that differs.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/index.ts';
import type { GoVersion } from '../../src/engine/api.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIR = `${ROOT}tests/inline/`;

const known = new Map<string, string>();
for (const line of readFileSync(`${DIR}known-failures.txt`, 'utf8').split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue;
  const [key, ...reason] = line.split(/\s+/);
  known.set(key!, reason.join(' '));
}

/** Engine names (`main.(*T).M`, `main.main.func1`) as gc's -m output prints them. */
function gcName(name: string): string {
  return name.startsWith('main.') ? name.slice(5) : name;
}

/** The engine's cost per function of a program, by gc's name. */
export function engineCosts(source: string, go: string): Map<string, number> {
  const c = compile(source, { go: go as GoVersion, filename: 'main.go' });
  if (!c.ok) throw new Error(c.diagnostics[0]?.message);
  const out = new Map<string, number>();
  for (const f of (c.program as unknown as { funcs: Map<string, { name: string; inlCost?: number; pkg: string }> }).funcs.values()) {
    if (f.pkg === 'main' && f.inlCost !== undefined) out.set(gcName(f.name), f.inlCost);
  }
  return out;
}

for (const file of readdirSync(`${DIR}goldens`).filter((f) => f.endsWith('.json')).sort()) {
  const version = file.replace(/^go|\.json$/g, '');
  const golden = JSON.parse(readFileSync(`${DIR}goldens/${file}`, 'utf8')) as Record<string, Record<string, number>>;
  describe(`inlining costs, go${version}`, () => {
    for (const [prog, costs] of Object.entries(golden)) {
      const got = engineCosts(readFileSync(`${DIR}progs/${prog}`, 'utf8'), version);
      for (const [fn, want] of Object.entries(costs)) {
        const key = `${version}/${prog}/${fn}`;
        it(key, () => {
          const mine = got.get(fn);
          if (known.has(key)) expect(mine, `${key} is listed in known-failures.txt but now matches gc's ${want}: remove it`).not.toBe(want);
          else expect(mine, `${key}: gc's cost is ${want}`).toBe(want);
        });
      }
    }
  });
}
