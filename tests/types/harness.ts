// Test helpers for the checker: parse + check a program as `go build` would, with an
// importer that prefers the stdlib registry (src/engine/stdlib/index.ts, when present)
// and otherwise reads our declaration stubs in tests/types/stubs.

import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBytes } from '../../src/engine/frontend/parser.ts';
import { formatBuildErrors } from '../../src/engine/api.ts';
import { check } from '../../src/engine/types/index.ts';
import type { Importer, Package } from '../../src/engine/types/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const stubDir = join(here, 'stubs');

export function readBytes(path: string): string {
  return readFileSync(path, 'latin1');
}

const cache = new Map<string, Package | null>();

export const stubImporter: Importer = (path: string): Package | null => {
  if (cache.has(path)) return cache.get(path)!;
  const file = join(stubDir, path.replace(/\//g, '_') + '.go');
  if (!existsSync(file)) {
    cache.set(path, null);
    return null;
  }
  const p = parseBytes(readBytes(file), path.replace(/\//g, '_') + '.go');
  if (p.diagnostics.length > 0) throw new Error(`stub ${path}: ${formatBuildErrors(p.diagnostics)}`);
  cache.set(path, null); // import cycles resolve to "unsupported"
  const r = check(p.file, { go: '1.27', importer: stubImporter, path, stdlib: true });
  if (r.diagnostics.length > 0) throw new Error(`stub ${path}: ${formatBuildErrors(r.diagnostics)}`);
  cache.set(path, r.pkg);
  return r.pkg;
};

/** What `go build` prints for src (a byte string): '' when it builds. */
export function buildOutput(src: string, go = '1.27'): string {
  const p = parseBytes(src, 'prog.go');
  if (p.stop) return formatBuildErrors(p.diagnostics);
  const r = check(p.file, { go, importer: stubImporter, errors: p.errors });
  return r.diagnostics.length > 0 ? formatBuildErrors(r.diagnostics) : '';
}
