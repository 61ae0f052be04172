// The memory limit (RunLimits.memoryBytes, src/engine/runtime/memory.ts): memory bombs end
// with Go's out-of-memory fatal error (as go1.27 prints it when the heap cannot grow: checked
// against real Go under `ulimit -v`, see memory.ts), quickly and at the same point on every
// run; programs that allocate a lot of short-lived garbage are not stopped.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, run } from '../../src/engine/index.ts';
import type { RunResult } from '../../src/engine/api.ts';

const MiB = 1 << 20;

function runProg(source: string, memoryBytes = 64 * MiB, seed = 1): RunResult & { ms: number } {
  const c = compile(source, { go: '1.27' });
  if (!c.ok) throw new Error(`does not compile: ${JSON.stringify(c.diagnostics)}`);
  const t0 = performance.now();
  const r = run(c.program, { seed, absPath: '/tmp/gomaplab/prog.go', limits: { steps: 5e9, memoryBytes, wallMs: 60_000 } });
  return { ...r, ms: performance.now() - t0 };
}

const OOM = /^runtime: out of memory: cannot allocate (\d+)-byte block \((\d+) in use\)\nfatal error: out of memory\n\n(?:runtime stack:\nruntime\.throw\([^]*?\n\n)?goroutine 1 gp=0x[0-9a-f]+ m=0 mp=0x[0-9a-f]+ \[running\]:\nruntime\.(?:throw|systemstack_switch)\(/;

/** The run ended with Go's out-of-memory error; returns (ask, in use). */
function expectOom(r: RunResult & { ms: number }, limit: number, maxMs = 20_000): [number, number] {
  expect(r.exitCode, r.stderr).toBe(2);
  expect(r.limit).toBe('memory');
  const m = OOM.exec(r.stderr);
  expect(m, r.stderr.slice(0, 400)).not.toBeNull();
  const [ask, inUse] = [Number(m![1]), Number(m![2])];
  expect(ask % (4 * MiB)).toBe(0);
  expect(inUse).toBeLessThanOrEqual(limit);
  // Runtime frames, then the program's frame with its line, then runtime.main.
  expect(r.stderr).toMatch(/\nmain\.main\(\)\n\t\/tmp\/gomaplab\/prog\.go:\d+ \+0x[0-9a-f]+ fp=/);
  expect(r.stderr).toMatch(/\nruntime\.main\(\)\n\t\/usr\/local\/go\/src\/runtime\/proc\.go:302 /);
  expect(r.ms).toBeLessThan(maxMs);
  return [ask, inUse];
}

const bombs: Record<string, { src: string; frame: string }> = {
  'slice of 1 MiB slices': {
    src: 'package main\n\nfunc main() {\n\tvar s [][]byte\n\tfor {\n\t\ts = append(s, make([]byte, 1<<20))\n\t}\n}\n',
    frame: 'runtime.makeslice(',
  },
  'map of slices': {
    src: 'package main\n\nfunc main() {\n\tm := map[int][]int{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = make([]int, 1000)\n\t}\n}\n',
    frame: 'runtime.makeslice(',
  },
  'string doubling': {
    src: 'package main\n\nimport "fmt"\n\nfunc main() {\n\ts := "x"\n\tfor i := 0; ; i++ {\n\t\ts += s\n\t\tfmt.Println(i, len(s))\n\t}\n}\n',
    frame: 'runtime.concatstring2(',
  },
  'growing []int': {
    src: 'package main\n\nfunc main() {\n\tvar s []int\n\tfor i := 0; ; i++ {\n\t\ts = append(s, i)\n\t}\n}\n',
    frame: 'runtime.growslice(',
  },
  'linked list of big nodes': {
    src: 'package main\n\ntype N struct {\n\tbuf  [1 << 12]int32\n\tnext *N\n}\n\nfunc main() {\n\tvar head *N\n\tfor {\n\t\thead = &N{next: head}\n\t}\n}\n',
    frame: 'runtime.newobject(',
  },
  'map[int]int filled forever (entries are not charged: found by the step-time look)': {
    src: 'package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = i\n\t}\n}\n',
    frame: 'runtime.mapassign_fast64(',
  },
  'strings.Repeat results kept': {
    src: 'package main\n\nimport "strings"\n\nfunc main() {\n\tvar keep []string\n\tfor {\n\t\tkeep = append(keep, strings.Repeat("ab", 1<<19))\n\t}\n}\n',
    frame: 'internal/bytealg.MakeNoZero(',
  },
  '[]byte(s) copies kept': {
    src: 'package main\n\nimport "strings"\n\nfunc main() {\n\ts := strings.Repeat("x", 1<<20)\n\tvar keep [][]byte\n\tfor {\n\t\tkeep = append(keep, []byte(s))\n\t}\n}\n',
    frame: 'runtime.stringtoslicebyte(',
  },
};

describe('memory bombs end with Go\'s out-of-memory error', () => {
  for (const [name, b] of Object.entries(bombs)) {
    it(name, () => {
      const r = runProg(b.src);
      expectOom(r, 64 * MiB);
      expect(r.stderr).toContain(`\n${b.frame}`);
    });
  }

  it('a goroutine leak: each goroutine costs its g and 2 KiB of stack (the throw is on the system stack)', () => {
    const r = runProg('package main\n\nfunc main() {\n\tfor {\n\t\tgo func() { select {} }()\n\t}\n}\n', 16 * MiB);
    expectOom(r, 16 * MiB);
    expect(r.stderr).toContain('fatal error: out of memory\n\nruntime stack:\nruntime.throw(');
    expect(r.stderr).toContain('\nruntime.stackalloc(0x800)\n');
    expect(r.stderr).toContain('\nruntime.systemstack_switch()\n\t/usr/local/go/src/runtime/asm_amd64.s:481 +0x8 fp=0xc000056f50 sp=0xc000056f28 pc=0x4761a8\nruntime.newproc(0x521428?)\n');
  });

  it('stops the 1 MiB-slices bomb near the limit (what is live when it stops)', () => {
    const src = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar s [][]byte\n\tfor i := 0; ; i++ {\n\t\ts = append(s, make([]byte, 1<<20))\n\t\tfmt.Println(i)\n\t}\n}\n';
    const r = runProg(src, 64 * MiB);
    const [ask, inUse] = expectOom(r, 64 * MiB);
    expect(ask).toBe(4 * MiB);
    expect(inUse).toBe(64 * MiB);
    // The heap may fill up to the limit between collections; the collection that the 64th
    // slice forces finds 63 MiB live, more than the limit less its 1/32 headroom allows.
    const printed = r.stdout.trim().split('\n').length;
    expect(printed).toBeGreaterThanOrEqual(58);
    expect(printed).toBeLessThanOrEqual(63);
  });

  it('ends at the same allocation on every run with the same seed', () => {
    const src =
      'package main\n\nimport "fmt"\n\ntype T struct {\n\tname string\n\tdata []int\n}\n\nfunc main() {\n\tm := map[string]*T{}\n\tfor i := 0; ; i++ {\n' +
      '\t\tk := fmt.Sprint("k", i)\n\t\tm[k] = &T{name: k, data: make([]int, 500+i%300)}\n\t\tif i%7 == 0 {\n\t\t\tdelete(m, fmt.Sprint("k", i/2))\n\t\t}\n\t\tif i%1000 == 0 {\n\t\t\tfmt.Println(i, len(m))\n\t\t}\n\t}\n}\n';
    const a = runProg(src, 32 * MiB);
    const b = runProg(src, 32 * MiB);
    expectOom(a, 32 * MiB);
    expect(b.stdout).toBe(a.stdout);
    expect(b.stderr).toBe(a.stderr);
    expect(a.stats.steps).toBe(b.stats.steps);
  });

  it('ends a concurrent bomb at the same point for a seed', () => {
    const src =
      'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar keep [][]int\n\tfor g := 0; g < 4; g++ {\n\t\tgo func() {\n\t\t\tfor {\n' +
      '\t\t\t\tb := make([]int, 4096)\n\t\t\t\tmu.Lock()\n\t\t\t\tkeep = append(keep, b)\n\t\t\t\tmu.Unlock()\n\t\t\t}\n\t\t}()\n\t}\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()\n\tfmt.Println(len(keep))\n}\n';
    const a = runProg(src, 16 * MiB, 7);
    const b = runProg(src, 16 * MiB, 7);
    expect(a.exitCode).toBe(2);
    expect(a.limit).toBe('memory');
    expect(a.stderr).toMatch(/^runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)\nfatal error: out of memory\n\ngoroutine \d+ gp=/);
    expect(a.stderr).toMatch(/\ncreated by main\.main in goroutine 1\n/);
    expect(b.stderr).toBe(a.stderr);
    expect(b.stats.steps).toBe(a.stats.steps);
  });
});

describe('single huge allocations', () => {
  it('make([]byte, 1<<40) is an allocation Go fails as out of memory (below maxAlloc)', () => {
    const r = runProg('package main\n\nfunc main() {\n\tb := make([]byte, 1<<40)\n\tprintln(len(b))\n}\n', 256 * MiB);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      // Real go1.27 under `ulimit -v 2000000`: "(3932160 in use)"; the model's heap starts at one 4 MiB chunk.
      'runtime: out of memory: cannot allocate 1099511627776-byte block (4194304 in use)',
      'fatal error: out of memory',
    ]);
    expect(r.stderr).toContain('\nruntime.(*mcache).allocLarge(0x0?, 0x10000000000, 0x1)\n');
    expect(r.exitCode).toBe(2);
    expect(r.ms).toBeLessThan(2000);
  });

  it('past maxAlloc (2^48) makeslice panics with len or cap out of range', () => {
    let r = runProg('package main\n\nfunc main() {\n\tb := make([]byte, 1<<50)\n\tprintln(len(b))\n}\n');
    expect(r.stderr).toMatch(/^panic: runtime error: makeslice: len out of range\n\ngoroutine 1 \[running\]:\nmain\.main\(\)/);
    r = runProg('package main\n\nfunc main() {\n\tn := 10\n\tb := make([]int64, n, 1<<46)\n\tprintln(len(b))\n}\n');
    expect(r.stderr).toMatch(/^panic: runtime error: makeslice: cap out of range\n/);
    r = runProg('package main\n\nfunc main() {\n\tn := -1\n\tb := make([]int, n)\n\tprintln(len(b))\n}\n');
    expect(r.stderr).toMatch(/^panic: runtime error: makeslice: len out of range\n/);
  });

  it('an array larger than the host can hold fails as out of memory whatever the limit', () => {
    const r = runProg('package main\n\nfunc main() {\n\tb := make([]byte, 200<<20)\n\tprintln(len(b))\n}\n', 1 << 30);
    expect(r.stderr.split('\n')[0]).toBe('runtime: out of memory: cannot allocate 209715200-byte block (4194304 in use)');
    expect(r.ms).toBeLessThan(2000);
  });

  it('make(map, hint) charges the tables the hint asks for', () => {
    const r = runProg('package main\n\nfunc main() {\n\tm := make(map[int]int, 1<<30)\n\tprintln(len(m))\n}\n', 64 * MiB);
    expect(r.stderr.split('\n')[0]).toBe('runtime: out of memory: cannot allocate 4194304-byte block (62914560 in use)');
    expect(r.stderr).toContain('\nruntime.makemap(');
  });
});

describe('programs with a lot of short-lived garbage are not stopped', () => {
  const ok = (src: string, want: string, limit = 64 * MiB) => {
    const r = runProg(src, limit);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(want);
    expect(r.limit).toBeUndefined();
  };

  it('builds and drops a 1 MiB string a thousand times', () => {
    ok(
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 1000; i++ {\n\t\ts := strings.Repeat("ab", 1<<19) + fmt.Sprint(i)\n\t\tn += len(s)\n\t}\n\tfmt.Println(n)\n}\n',
      `${1000 * (1 << 20) + 10 + 90 * 2 + 900 * 3}\n`,
    );
  });

  it('makes and drops 1 MiB []byte buffers (4× the limit in total)', () => {
    ok('package main\n\nimport "fmt"\n\nfunc main() {\n\tsum := 0\n\tfor i := 0; i < 256; i++ {\n\t\tb := make([]byte, 1<<20)\n\t\tb[i] = 1\n\t\tsum += len(b)\n\t}\n\tfmt.Println(sum)\n}\n', `${256 << 20}\n`);
  });

  it('string(b) and []byte(s) conversions of 1 MiB in a loop', () => {
    ok(
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tbuf := make([]byte, 1<<20)\n\tn := 0\n\tfor i := 0; i < 100; i++ {\n\t\tbuf[i] = byte(i)\n\t\ts := string(buf)\n\t\tb := []byte(s)\n\t\tn += len(s) + len(b)\n\t}\n\tfmt.Println(n)\n}\n',
      `${200 << 20}\n`,
    );
  });

  it('quadratic string building (s += "x")', () => {
    ok('package main\n\nimport "fmt"\n\nfunc main() {\n\ts := ""\n\tfor i := 0; i < 50000; i++ {\n\t\ts += "x"\n\t}\n\tfmt.Println(len(s))\n}\n', '50000\n', 16 * MiB);
  });

  it('binary trees: a long-lived tree and many short-lived ones', () => {
    ok(
      'package main\n\nimport "fmt"\n\ntype Node struct{ l, r *Node }\n\nfunc build(d int) *Node {\n\tif d == 0 {\n\t\treturn &Node{}\n\t}\n\treturn &Node{build(d - 1), build(d - 1)}\n}\n\n' +
        'func (n *Node) count() int {\n\tif n.l == nil {\n\t\treturn 1\n\t}\n\treturn 1 + n.l.count() + n.r.count()\n}\n\n' +
        'func main() {\n\tlong := build(17)\n\ttotal := 0\n\tfor i := 0; i < 100; i++ {\n\t\ttotal += build(12).count()\n\t}\n\tfmt.Println(long.count(), total)\n}\n',
      `${2 ** 18 - 1} ${100 * (2 ** 13 - 1)}\n`,
      16 * MiB,
    );
  });

  it('a map with churn (a bounded window of entries)', () => {
    ok(
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tm := map[int][]int{}\n\tfor i := 0; i < 100000; i++ {\n\t\tm[i] = make([]int, 100)\n\t\tif i >= 1000 {\n\t\t\tdelete(m, i-1000)\n\t\t}\n\t}\n\tfmt.Println(len(m))\n}\n',
      '1000\n',
      16 * MiB,
    );
  });

  it('a large live set that fits: 48 MiB kept under a 64 MiB limit', () => {
    ok(
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]int64\n\tfor i := 0; i < 48; i++ {\n\t\tkeep = append(keep, make([]int64, 1<<17))\n\t\tfor j := 0; j < 8; j++ {\n\t\t\t_ = make([]byte, 1<<19)\n\t\t}\n\t}\n\tfmt.Println(len(keep))\n}\n',
      '48\n',
    );
  });
});

describe('gomaplab run --memory-limit', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'gomaplab-mem-'));
  const file = join(dir, 'bomb.go');
  writeFileSync(file, bombs['slice of 1 MiB slices']!.src);
  const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/gomaplab.mjs'), ...args], { encoding: 'utf8' });

  it('ends a bomb with Go\'s error and exit status 2', () => {
    const r = cli(['run', '--memory-limit', '32MiB', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^runtime: out of memory: cannot allocate 4194304-byte block \(33554432 in use\)\nfatal error: out of memory\n/);
    expect(r.stderr).toContain(`\nmain.main()\n\t${file}:6 `);
  });

  it('rejects a malformed size', () => {
    for (const bad of ['12XB', '-5', '100']) {
      const r = cli(['run', '--memory-limit', bad, file]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--memory-limit');
    }
  });
});
