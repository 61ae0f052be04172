// Bad input never escapes the engine as an exception: compile() answers with positioned
// diagnostics (or a program), run() with a RunResult. The inputs are the conformance programs
// damaged in four seeded ways (cut short, a span deleted, a stray token inserted, lines swapped
// and one dropped) and compiled for go1.19, 1.23 and 1.27; the programs that still compile run
// under small limits. No diagnostic or run may report an internal error of the engine.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { compile, run } from '../../src/engine/index.ts';
import type { GoVersion } from '../../src/engine/api.ts';

const ROOT = new URL('../conformance/progs/', import.meta.url).pathname;

function damaged(src: string, k: number, rnd: () => number): string {
  const at = Math.floor(rnd() * src.length);
  switch (k % 4) {
    case 0: return src.slice(0, at);
    case 1: return src.slice(0, at) + src.slice(at + 1 + Math.floor(rnd() * 20));
    case 2: return src.slice(0, at) + '}{)(;,.:=['[Math.floor(rnd() * 11)] + src.slice(at);
    default: {
      const ls = src.split('\n');
      const i = Math.floor(rnd() * ls.length);
      const j = Math.floor(rnd() * ls.length);
      [ls[i], ls[j]] = [ls[j]!, ls[i]!];
      ls.splice(Math.floor(rnd() * ls.length), 1);
      return ls.join('\n');
    }
  }
}

describe('damaged programs', () => {
  it('compile to positioned diagnostics or run to a result, never an exception', () => {
    const files: string[] = [];
    for (const d of readdirSync(ROOT).sort()) for (const f of readdirSync(ROOT + d).sort()) if (f.endsWith('.go')) files.push(`${ROOT}${d}/${f}`);
    let seed = 20261123;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const problems: string[] = [];
    let compiled = 0;
    let cases = 0;
    files.forEach((f, fi) => {
      const src = readFileSync(f, 'utf8');
      for (let k = 0; k < 4; k++) {
        const s = damaged(src, k, rnd);
        const go = (['1.19', '1.23', '1.27'] as GoVersion[])[(fi + k) % 3];
        cases++;
        try {
          const c = compile(s, { go });
          if (!c.ok) {
            for (const d of c.diagnostics) {
              if (!(d.line >= 1 && d.col >= 1) || d.message === '') problems.push(`${f} #${k}: unpositioned ${JSON.stringify(d)}`);
              if (d.message.includes('internal error')) problems.push(`${f} #${k}: ${d.message}`);
            }
            continue;
          }
          compiled++;
          const r = run(c.program, { limits: { steps: 200_000, wallMs: 2000 } });
          if (r.stderr.includes('internal error')) problems.push(`${f} #${k}: ${r.stderr.slice(-300)}`);
        } catch (e) {
          problems.push(`${f} #${k}: threw ${String(e)}`);
        }
      }
    });
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThan(1200);
    expect(compiled).toBeGreaterThan(40);
  }, 240_000);

  it('takes an import path written as a raw string, as gc does', () => {
    for (const go of ['1.19', '1.27'] as GoVersion[]) {
      const c = compile('package main\n\nimport `fmt`\n\nfunc main() { fmt.Println("raw") }\n', { go });
      if (!c.ok) throw new Error(c.diagnostics[0]!.message);
      expect(run(c.program).stdout).toBe('raw\n');
    }
  });

  it('a construct rejected only at run time ends the run with exit status 3 and keeps the output', () => {
    const src = `package main

import (
	"fmt"
	"time"
)

type T struct{ c chan string }

// fmt calls String from its native code, which cannot wait for another goroutine.
func (t T) String() string { return <-t.c }

func main() {
	t := T{make(chan string)}
	go func() {
		time.Sleep(time.Millisecond)
		t.c <- "hello"
	}()
	fmt.Println("before")
	fmt.Println(t)
}
`;
    const c = compile(src, { go: '1.27' });
    if (!c.ok) throw new Error(c.diagnostics[0]!.message);
    const r = run(c.program);
    expect(r.stdout).toBe('before\n');
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toBe('gomaplab: not supported by Go Map Lab: blocking inside a function called from non-blocking code\n');
  });
});
