// The one normaliser shared by scripts/capture-goldens.mjs (applied to real Go's output
// before it is stored) and tests/conformance (applied to the engine's output before it is
// compared), so both sides are normalised identically.
//
// Only what real Go varies from run to run is normalised, and only in stderr (the
// traceback stream; conformance programs never print addresses to stdout):
//   - hex addresses: any 0x literal with 5 or more hex digits becomes `0x?` (heap, stack
//     and text addresses: Go 1.27 randomises the heap base, so pointer words differ per
//     run; small argument words such as 0x1 are kept);
//   - pc offsets: the ` +0x1d` after `file.go:12` in a frame is removed;
//   - the `?` mark gc prints after an argument word that may be inaccurate (`0x0?`): by
//     default the mark is dropped and the value kept; with keepMarks (tests/conformance) the
//     mark is kept and the value dropped (the word becomes MARKED_WORD, `0x??`), so marks
//     must match exactly while a marked word's value, a leftover of earlier stack contents,
//     is not compared.
// Goroutine ids are not normalised.
//
// Separately, rewritePaths() maps the capture's build directory and GOROOT to the fixed
// paths the engine is told to print: the source file as ABS_PATH and the runtime's files
// under `/usr/local/go` (DESIGN.md "CLI"). Those are deterministic rewrites done once at
// capture time.

/** Absolute source path printed in tracebacks (RunOptions.absPath for the engine). */
export const ABS_PATH = '/tmp/gomaplab/prog.go';

/** GOROOT as the engine prints it in runtime frames. */
export const PRINTED_GOROOT = '/usr/local/go';

/** Normalises run-to-run variation in a stderr text (see the file comment). */
export function normaliseStderr(text: string, opts: { keepMarks?: boolean } = {}): string {
  const t = text.replace(/ \+0x[0-9a-f]+(?= |$)/gm, '');
  return (opts.keepMarks === true ? t.replace(/\b0x[0-9a-f]+\?/g, MARKED_WORD) : t.replace(/\b(0x[0-9a-f]+)\?/g, '$1'))
    .replace(/\b0x[0-9a-f]{5,}\b/g, '0x?');
}

/**
 * What a word marked `?` becomes when the marks are kept: its value is whatever the spill
 * slot held (often a leftover of an earlier frame, different from run to run), so only the
 * mark is compared.
 */
export const MARKED_WORD = '0x??';

/** Rewrites the capture's build directory and GOROOT to ABS_PATH's directory and PRINTED_GOROOT. */
export function rewritePaths(text: string, buildDir: string, goroot: string): string {
  const absDir = ABS_PATH.slice(0, ABS_PATH.lastIndexOf('/'));
  return text.split(buildDir + '/').join(absDir + '/').split(goroot + '/').join(PRINTED_GOROOT + '/');
}

/** Keeps the first `n` lines of a text (each with its newline). */
export function firstLines(text: string, n: number): string {
  const lines = text.split('\n');
  if (lines.length <= n) return text;
  return lines.slice(0, n).join('\n') + '\n';
}
