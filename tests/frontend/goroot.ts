// Shared access to the go1.27 GOROOT used by the frontend's corpus tests. The Go files
// are read at test time (Debian's golang-1.27-src), never committed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesToByteString } from '../../src/engine/frontend/text.ts';

export const GOROOT = '/usr/lib/go-1.27';
export const haveGoroot = existsSync(join(GOROOT, 'src/go/ast/ast.go')) && existsSync(join(GOROOT, 'test/syntax'));
export const skipMessage = `GOROOT ${GOROOT} with src/ and test/ is absent (install golang-1.27-src); skipping`;

/** All .go files under dir (relative paths, sorted), skipping directories named testdata. */
export function goFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'testdata') walk(r);
      } else if (e.name.endsWith('.go')) {
        out.push(r);
      }
    }
  };
  walk('');
  return out.sort();
}

/** A file's bytes as a byte string. */
export function readBytes(path: string): string {
  return bytesToByteString(readFileSync(path));
}
