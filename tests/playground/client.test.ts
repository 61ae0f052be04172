// EngineClient (src/playground/client.ts) against a scripted stand-in for the browser's Worker:
// a run completes, Stop ends a run at once, and a worker that dies mid-run (an uncaught error
// in the worker: the engine itself crashed) settles the run with an internal error and is
// replaced by a fresh worker on the next run, transparently.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/playground/client.ts';

interface Posted { type: string; id: number; source: string }

class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  posted: Posted[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(m: Posted): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker answers the last run request. */
  finish(stdout: string): void {
    const id = this.posted.at(-1)!.id;
    const result = { stdout, stderr: '', exitCode: 0, stats: { steps: 1, virtualTimeNs: 0 } };
    this.onmessage?.({ data: { type: 'done', id, result, compileMs: 1, runMs: 1 } });
  }
  /** The worker dies with an uncaught error. */
  crash(message: string): void {
    let prevented = false;
    this.onerror?.({ message, preventDefault: () => (prevented = true) });
    expect(prevented, 'the client handles the error event').toBe(true);
  }
}

const g = globalThis as { Worker?: unknown };
const saved = g.Worker;
beforeEach(() => {
  FakeWorker.all = [];
  g.Worker = FakeWorker;
});
afterEach(() => {
  g.Worker = saved;
});

const opts = { go: '1.27', seed: 1, gomaxprocs: 4, gotraceback: 'single' } as never;

describe('EngineClient', () => {
  it('runs a program in one worker, reused by the next run', async () => {
    const c = new EngineClient();
    const run = c.run('package main', 'prog.go', opts);
    expect(c.running).toBe(true);
    FakeWorker.all[0]!.finish('hello\n');
    const out = await run;
    expect(out.kind).toBe('done');
    if (out.kind === 'done') expect(out.result.stdout).toBe('hello\n');
    const again = c.run('package main', 'prog.go', opts);
    FakeWorker.all[0]!.finish('again\n');
    expect((await again).kind).toBe('done');
    expect(FakeWorker.all).toHaveLength(1);
  });

  it('Stop terminates the worker at once and the next run gets a fresh one', async () => {
    const c = new EngineClient();
    const run = c.run('for {}', 'prog.go', opts);
    c.stop();
    expect(await run).toEqual({ kind: 'stopped' });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    const next = c.run('package main', 'prog.go', opts);
    expect(FakeWorker.all).toHaveLength(2);
    FakeWorker.all[1]!.finish('ok\n');
    expect((await next).kind).toBe('done');
  });

  it('a worker that crashes is replaced transparently', async () => {
    const c = new EngineClient();
    const run = c.run('package main', 'prog.go', opts);
    FakeWorker.all[0]!.crash('out of memory');
    expect(await run).toEqual({ kind: 'internal-error', message: 'out of memory' });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(c.running).toBe(false);
    // The reader just runs again: a new worker takes the program.
    const next = c.run('package main', 'prog.go', opts);
    expect(FakeWorker.all).toHaveLength(2);
    expect(FakeWorker.all[1]!.posted[0]!.source).toBe('package main');
    FakeWorker.all[1]!.finish('fine\n');
    const out = await next;
    expect(out.kind).toBe('done');
  });

  it('a late answer from a replaced worker is ignored', async () => {
    const c = new EngineClient();
    const first = c.run('one', 'prog.go', opts);
    const old = FakeWorker.all[0]!;
    const second = c.run('two', 'prog.go', opts); // replaces the busy worker
    expect(await first).toEqual({ kind: 'stopped' });
    old.finish('stale\n');
    FakeWorker.all[1]!.finish('fresh\n');
    const out = await second;
    expect(out.kind === 'done' && out.result.stdout).toBe('fresh\n');
  });
});
