// The exported API of our goSource packages matches the real go1.27 packages (names, types,
// constant values, method sets), as compared by go/types in tests/stdlib/go/api/main.go.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/engine/stdlib/index.ts';

const text = readFileSync(new URL('./golden/api.txt', import.meta.url), 'utf8');
const lines = text.split('\n');

describe('stdlib API against go1.27 (go/types)', () => {
  it('was captured from the current goSource', () => {
    const own = lines[2]!.replace('# packages ', '').split(' ');
    const hash = createHash('sha256');
    for (const path of [...own].sort()) hash.update(path + '\0' + registry.get(path)!.goSource + '\0');
    expect(lines[1]).toBe(`# goSource sha256 ${hash.digest('hex')}`);
  });

  it('declares only real names, each with Go’s exact type or value', () => {
    const bad = lines.filter((l) => /^(MISMATCH|EXTRA|ERROR)/.test(l));
    expect(bad).toEqual([]);
    const ok = lines.filter((l) => l.startsWith('ok ')).length;
    console.log(`API: ${ok} exported names identical to go1.27; ${lines.filter((l) => l.startsWith('missing ')).length} real names not provided`);
    expect(ok).toBeGreaterThan(200);
  });
});
