// The state of the run in progress. Runs are synchronous and never nested, so natives and
// runtime helpers reach it through `cur` (set by run() for the run's duration).

import type { MapTraceEvent } from '../api.ts';
import type { RaceState } from './race.ts';
import { bytesToText } from '../stdlib/utf8.ts';

export interface ProgramTables {
  /** Generated JS function name → Go function as tracebacks print it. */
  funcs: Map<string, FuncInfo>;
  /** Body line (1-based, of the generated source) → Go source line. */
  lines: Int32Array;
  /** Absolute path printed in tracebacks. */
  absPath: string;
}

export interface FuncInfo {
  /** `main.f`, `main.(*T).M`, `main.main.func1`. */
  name: string;
  /** Line of the closing brace (deferreturn's line). */
  endLine: number;
  /** gc would inline this function: tracebacks print `(...)` and no pc offset. */
  inlined: boolean;
  /** Parameter types (receiver first) for the argument words. */
  params: import('./values.ts').RType[];
  /** Package path of the function ('main' or a stdlib path). */
  pkg: string;
  /** Line of the declaration (the frame of a goroutine that has not started). */
  declLine?: number;
  /** Function literals directly inside it (go-wrapper numbering up to go1.21). */
  closures?: number;
  /** gc could inline it where it is statically known (codegen.ts StaticFuncInfo.inlinable). */
  inlinable?: boolean;
  /** It calls one of its parameters (a func value or an interface's method). */
  callsParam?: boolean;
  /** Named types converted to an interface in it. */
  ifaceArgs?: string[];
  /** A function literal: called where it is made ('direct') or passed to a static call ('arg'). */
  litUse?: 'direct' | 'arg';
  /** Per argument word: 0 spill slot never live (printed with `?`), 1 always, or the lines where it is (compile/argliveness.ts). */
  argLive?: (0 | 1 | [number, number])[];
}

export class RunState {
  stdout: string[] = [];
  stderr: string[] = [];
  steps = 0;
  stepLimit: number;
  deadline: number;
  memory = 0;
  memoryLimit: number;
  private seed: number;
  tables: ProgramTables;
  args: string[];
  onOutput: ((stream: 'stdout' | 'stderr', text: string) => void) | null = null;
  /** The race detector's state under --race (race.ts), else null. */
  race: RaceState | null = null;
  /** Absolute path of the program as tracebacks print it. */
  absPath = '';
  /** Receives the map runtime's steps (maps/entry.ts) when tracing. */
  onMapEvent: ((e: MapTraceEvent) => void) | null = null;
  /** Map events carry the map's state() after each operation. */
  mapStates = false;
  /** Step count ending the current scheduling quantum (Infinity until a goroutine starts). */
  preemptAt = Infinity;
  /** Set by limit() at a preemption point past preemptAt; read by sched.ts yieldDue. */
  preempt = false;
  /** Next step count at which the wall clock is read. */
  nextCheck = 0;
  /** The scheduler's quantum generator (sched.ts), when goroutines run. */
  quantum: (() => number) | null = null;
  /** GOMAXPROCS at start (runtime.NumCPU reports it too). */
  gomaxprocs = 1;
  /** Virtual time (steps) spent inside the runtime's map code (maps/entry.ts spend). */
  rtSteps = 0;
  /** Size classes the map code has allocated from in this run (maps/entry.ts allocTime). */
  mapClasses = new Set<number>();
  /** Minor version of the Go release followed (27 for 1.27). */
  goMinor = 27;

  constructor(seed: number, tables: ProgramTables, stepLimit: number, memoryLimit: number, wallMs: number, args: string[]) {
    this.seed = (seed >>> 0) ^ 0x9e3779b9;
    this.tables = tables;
    this.stepLimit = stepLimit;
    this.memoryLimit = memoryLimit;
    this.deadline = wallMs > 0 ? Date.now() + wallMs : Infinity;
    this.args = args;
  }

  /** Deterministic generator (mulberry32) in [0, 1). */
  rand = (): number => {
    let t = (this.seed = (this.seed + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /** Writes a byte string to fd 1 or 2. */
  write(fd: number, bytes: string): void {
    if (fd === 1) this.stdout.push(bytes);
    else this.stderr.push(bytes);
    if (this.onOutput !== null) this.onOutput(fd === 1 ? 'stdout' : 'stderr', bytesToText(bytes));
  }
}

let current: RunState | null = null;

export function cur(): RunState {
  return current!;
}

export function setCurrent(s: RunState | null): void {
  current = s;
}
