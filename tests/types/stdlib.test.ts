// Every standard library package's Go source (src/engine/stdlib registry and CORE's
// packages in src/engine/runtime/pkgs.ts) type-checks cleanly with the checker.

import { describe, expect, it } from 'vitest';
import { registry as stdlibRegistry } from '../../src/engine/stdlib/index.ts';
import type { StdlibModule } from '../../src/engine/stdlib/index.ts';
import { corePackages } from '../../src/engine/runtime/pkgs.ts';
import { parseFile } from '../../src/engine/frontend/parser.ts';
import { formatBuildErrors } from '../../src/engine/api.ts';
import { check } from '../../src/engine/types/index.ts';
import type { Package } from '../../src/engine/types/index.ts';

const registry = new Map<string, StdlibModule>(stdlibRegistry);
for (const m of corePackages) registry.set(m.path, m);

const cache = new Map<string, Package | null>();
const problems = new Map<string, string>();

function importer(path: string): Package | null {
  if (cache.has(path)) return cache.get(path)!;
  cache.set(path, null);
  const mod = registry.get(path);
  if (mod === undefined) return null;
  const p = parseFile(mod.goSource, path.replace(/\//g, '_') + '.go');
  const r = check(p.file, { go: '1.27', importer, path, stdlib: true });
  const out = formatBuildErrors([...p.diagnostics, ...r.diagnostics]);
  if (p.diagnostics.length + r.diagnostics.length > 0) problems.set(path, out);
  cache.set(path, r.pkg);
  return r.pkg;
}

describe('stdlib goSource checks cleanly', () => {
  for (const path of [...registry.keys()].sort()) {
    it(path, () => {
      importer(path);
      expect(problems.get(path) ?? '').toBe('');
    });
  }
});
