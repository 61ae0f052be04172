// Shapes of the generated machine-code data (content/asm/data, written by scripts/gen-asm.mjs)
// and of the hand-written annotations (content/asm/annotations). The JSON schemas in
// content/asm/schema describe the same shapes; tests/asm/schema.test.ts validates the files.

export const ARCHES = ['amd64', 'arm64'] as const;
export type Arch = (typeof ARCHES)[number];

/** The source-level steps an annotation can describe; the diff view lines versions up by step. */
export const STEPS = ['wrapper', 'check', 'hash', 'toggle', 'select', 'match', 'overflow', 'barrier', 'recheck', 'clear', 'fatal'] as const;
export type Step = (typeof STEPS)[number];

export interface Instruction {
  /** Address in the linked binary, e.g. "0x407b00". */
  addr: string;
  /** Encoding as `go tool objdump` prints it: amd64 bytes in memory order; arm64 32-bit words. */
  enc: string;
  /** Go assembler syntax, as objdump prints it. */
  text: string;
  /** Source file relative to GOROOT/src. */
  file: string;
  line: number;
}

export interface ArchListing {
  goarch: Arch;
  command: string;
  encoding: 'bytes' | 'words32';
  instructions: Instruction[];
}

export interface SourceFile {
  /** "function": the function's own file (the whole function is quoted); "inlined": lines of code inlined into it. */
  role: 'function' | 'inlined';
  path: string;
  /** The copyright line of the quoted file. */
  copyright: string;
  lines: [number, string][];
}

export interface AsmFunction {
  schema: 'asm-function/1';
  go: string;
  goVersion: string;
  id: string;
  symbol: string;
  role: 'read' | 'write' | 'iterate' | 'fatal';
  file: string;
  declLine: number;
  licence: string;
  source: SourceFile[];
  arch: Record<Arch, ArchListing>;
}

export interface AsmIndexFunction {
  id: string;
  symbol: string;
  role: AsmFunction['role'];
  file: string;
  declLine: number;
}

export interface AsmIndex {
  schema: 'asm-index/1';
  generator: string;
  program: string;
  versions: {
    go: string;
    goVersion: string;
    goroot: string;
    buildCommands: Record<Arch, string[]>;
    functions: AsmIndexFunction[];
  }[];
  licence: string;
}

export interface Annotation {
  /** Key within a function; the anchor of its first occurrence is `asm-<go>-<function>-<id>`. */
  id: string;
  step: Step;
  label: string;
  functions: string[];
  source: { file?: string; pattern: string };
  /** Per architecture, regexps that must each match at least one instruction of the matched source lines. */
  instructions?: Partial<Record<Arch, string[]>>;
  text: string;
}

export interface AnnotationFile {
  schema: 'asm-annotations/1';
  go: string;
  annotations: Annotation[];
}
