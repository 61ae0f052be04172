// The stack of the worker thread a Go program runs in (Node). Go's goroutine stacks grow up
// to 1 GB, so recursion tens of thousands of calls deep is ordinary Go; the engine's Go
// functions are JS functions, so the host's stack bounds the depth, and a JS RangeError
// "Maximum call stack size exceeded" becomes Go's `fatal error: stack overflow`
// (runtime/panic.ts). A 64 MB worker stack runs recursion hundreds of thousands of calls deep
// (tests/conformance tracebacks/deep_recursion_ok), while unbounded recursion still overflows
// in well under a second. The CLI (main.ts) and the test pools (scripts/lib/engine-pool.ts)
// both use it, so the suites check the engine as the command runs it. Browsers do not let a
// page size a worker's stack: there the limit is the browser's (about 10,000 frames).
export const STACK_MB = 64;
