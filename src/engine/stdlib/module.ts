// The shape of a standard library package module, and the panic natives throw.
// Documented in index.ts (the registry).

// A native's signature depends on its Go declaration; the registry cannot type it further.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NativeFn = (...args: any[]) => any;

export interface StdlibModule {
  path: string;
  goSource: string;
  natives: Record<string, NativeFn>;
  /**
   * Package-level variables the program never refers to are not initialized (their
   * initializers must be free of side effects): tables that are static data in Go, such
   * as unicode's *RangeTable variables, cost nothing unless used.
   */
  lazyVars?: boolean;
}

/** Thrown by a native to make the calling goroutine panic with this message (a runtime error string). */
export class GoPanicError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoPanicError';
  }
}
