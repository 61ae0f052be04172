// Package frontend: Go source text → AST + gc's syntax diagnostics.
//
// This folder mirrors gc's front end, go1.27 cmd/compile/internal/syntax (scanner.go,
// source.go, parser.go, branches.go, printer.go) plus the error filtering of
// cmd/compile/internal/base/print.go, and builds trees shaped like go/ast (ast.ts).
// The goal is byte-identical `go build` output for programs that do not parse:
// same messages, same line:col, same order, same cut-off after 10 errors.
//
// Pipeline
//
//	text (JS string) ──utf8Encode──▶ byte string ──[Scanner]──▶ tokens ──[Parser]──▶ ast.File
//	                                                      │                    │
//	                                                      └──── errors ────────┴──▶ [ErrorList] ──▶ Diagnostic[]
//
// parseFile(src, filename) encodes the editor's text to UTF-8 first; parseBytes takes
// the bytes (a file read from disk). The result carries `stop`: whether the build stops
// after parsing (a syntax error, a broken package clause, 10 errors, or the go command's
// own header error, `loadError`). When `stop` is false
// gc goes on to type-check even if non-syntax errors were reported (e.g. `invalid
// character U+0040 '@'`, `label L defined and not used`), so CORE continues with the
// checker and keeps adding to the same `errors` list, which sorts and caps the total.
//
// Glossary
//
//	byte string   A JS string holding one UTF-8 byte per char code (0..255). Source,
//	              identifiers, literal values and printed expressions are byte strings;
//	              Diagnostic.message is decoded back to ordinary text (text.ts).
//	offset        0-based byte offset into the byte string. Every node's `pos`/`end`.
//	position      {line, col}, 1-based, col counted in bytes as gc prints it; from an
//	              offset by binary search in the File's line table ([position]).
//	syntax pos    The position gc's syntax package gives a node (the operator of a
//	              binary expression, the `(` of a call, ...): [syntaxPos]. types2
//	              reports many errors there, so the checker needs it.
//	nlsemi        Scanner flag: a newline (or EOF) after this token becomes a `;`
//	              token whose lit is "newline"/"EOF" (automatic semicolon insertion;
//	              messages then read `unexpected newline`).
//	xnest         Parser expression nesting level; -1 inside if/for/switch headers, where
//	              `T {` starts a block, not a composite literal.
//	fnest         Parser function nesting; inside functions, error recovery also stops at
//	              statement keywords (the stopset).
//	advance       Error recovery: skip tokens up to a follow set (gc's p.advance).
//	first error   After any error, follow-up syntax errors at EOF are suppressed.
//
// Invariants (checked by tests/frontend/corpus.test.ts on all of GOROOT/src)
//
//	- node ids are unique within a File and lie in [0, file.nodeCount);
//	- pos <= end; a child lies within its parent's [pos, end) (BadExpr excepted);
//	- children (walk.ts order) start in source order (a FuncDecl's type excepted: its
//	  pos is the `func` keyword, as in go/ast);
//	- parsing is linear in the input (one token of look-ahead, no backtracking).
//
// Error filtering (errors.ts, base.ErrorfAt): one syntax error per line; equal
// non-syntax errors on one line once; sorted by position; `too many errors` after 10.
//
// Versions (ParseOptions.go; the parser of each release is followed, differences
// read off the GOROOTs of Debian's golang-1.NN-src and checked by per-version goldens):
//
//	go1.19       "expecting X" instead of "expected X"; imports only before other
//	             declarations (later ones are "non-declaration statement outside
//	             function body"); `go`/`defer` of a non-call reported by the parser;
//	             `x[]` recovers by skipping `]`; `func` without a name drops the
//	             declaration; "assignment (x) = (y)" always parenthesized
//	go1.19-1.21  "type parameters must be named"
//	go1.19-1.22  unexpected names are printed without the "name " prefix
//	go1.19-1.23  keywords without the "keyword " prefix; "mixed named and unnamed
//	             parameters" instead of "missing parameter name/type"
//	go1.19-1.24  misplaced `...` parameters are left to the type checker
//	go1.19-1.26  methods must have no type parameters
//
// Directives: `//go:` comments are handled as gc's noder does while parsing
// (noder.go pragma/checkUnusedDuringParse): `misplaced compiler directive` when not
// alone on a line or not followed by a declaration, runtime-only and cgo-only
// directives rejected; those preceding a func are kept in FuncDecl.pragmas (CORE can
// honour //go:noinline and //go:nosplit).
//
// The go command (gocmd.ts): before compiling, `go build` reads each file's package
// clause and imports itself (go/build importReader + go/parser, ImportsOnly) and, if
// that fails, prints only its first error as `prog.go:L:C: message` with no header
// (e.g. `prog.go:1:1: expected 'package', found 'func'` for a snippet pasted without a
// package clause). ParseResult.loadError carries it; CORE prints it instead of the
// compiler's diagnostics. (go1.19's go/parser said "expected 'STRING', found X" for a
// bad import path and placed a comment-ended line's semicolon at the comment.)
//
// Known gaps: //line directives are ignored (gc re-bases positions on them); checks gc
// makes on directives after type checking (e.g. //go:noinline before a var, //go:embed
// without importing embed) are not made; in the go command's header check, number and
// escape-sequence errors and NUL bytes are not modelled.
//
// Files
//
//	ast.ts       the AST, position(), syntaxPos(), assertNever
//	token.ts     tokens and operators
//	scanner.ts   the scanner
//	parser.ts    the parser, parseFile / parseBytes
//	branches.ts  label and branch checks (gc runs them in the parser)
//	errors.ts    ErrorList: gc's error filtering and ordering
//	gocmd.ts     the go command's package-clause/imports check before compiling
//	printer.ts   expressions printed as gc prints them in messages
//	literal.ts   values of literals (strings, runes, exact numbers)
//	walk.ts      forEachChild / inspect
//	text.ts      UTF-8 ⇄ byte strings

export * as ast from './ast.ts';
export { assertNever, position, syntaxPos, lineTable } from './ast.ts';
export { parseFile, parseBytes, type ParseResult, type ParseOptions } from './parser.ts';
export { ErrorList } from './errors.ts';
export { loadError } from './gocmd.ts';
export { exprString, stmtString, signatureString } from './printer.ts';
export { unquoteString, unquoteRune, parseIntLit, parseFloatLit, parseNumberLit, encodeUTF8, type Rational } from './literal.ts';
export { forEachChild, inspect } from './walk.ts';
export { utf8Encode, utf8Decode, bytesToByteString } from './text.ts';
