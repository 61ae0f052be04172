// Compares the checker's diagnostics with what real `go build` printed (goldens captured
// by scripts/capture-type-errors.mjs), byte for byte.

import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOutput, readBytes } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));

function cases(sub: string): { name: string; version: string; src: string; golden: string }[] {
  const dir = join(here, sub);
  const out = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.go')).sort()) {
    const src = readBytes(join(dir, name));
    const m = /^\/\/ versions: ([0-9. ]+)\n/.exec(src);
    const versions = m ? m[1].trim().split(/\s+/) : ['1.27'];
    for (const v of versions) {
      const g = join(dir, name.replace(/\.go$/, m ? `.${v}.golden` : '.golden'));
      if (!existsSync(g)) throw new Error(`missing golden ${g}`);
      out.push({ name, version: v, src, golden: readBytes(g) });
    }
  }
  return out;
}

describe('type errors match go build', () => {
  for (const c of cases('errors')) {
    it(`${c.name} (go ${c.version})`, () => {
      expect(buildOutput(c.src, c.version)).toBe(c.golden);
    });
  }
});

describe('valid programs check cleanly', () => {
  for (const c of cases('valid')) {
    it(`${c.name} (go ${c.version})`, () => {
      expect(buildOutput(c.src, c.version)).toBe(c.golden);
    });
  }
});
