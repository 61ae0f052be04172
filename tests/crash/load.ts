// Test helpers: the stored crash captures and the chapter's MDX, read from disk.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isCrashCapture, type CrashCapture } from '../../src/components/crash/schema.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = `${ROOT}content/crash/`;
export const CHAPTER = `${ROOT}content/docs/reading-the-crash.mdx`;

/** Every data file, parsed but not validated: name → value. */
export function rawCaptures(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const f of readdirSync(DATA_DIR).sort()) {
    if (f.endsWith('.json')) out.set(f, JSON.parse(readFileSync(DATA_DIR + f, 'utf8')) as unknown);
  }
  return out;
}

/** A capture by id; fails the test if it is missing or malformed. */
export function capture(id: string): CrashCapture {
  const v = JSON.parse(readFileSync(`${DATA_DIR}${id}.json`, 'utf8')) as unknown;
  if (!isCrashCapture(v)) throw new Error(`${id}.json is not a valid capture`);
  return v;
}

export function allCaptures(): CrashCapture[] {
  return [...rawCaptures().keys()].map((f) => capture(f.replace(/\.json$/, '')));
}

export interface CrashOutputUse {
  id: string;
  mark: string[];
}

/** Every <CrashOutput .../> in the chapter with its id and mark list. */
export function crashOutputUses(mdx = readFileSync(CHAPTER, 'utf8')): CrashOutputUse[] {
  const uses: CrashOutputUse[] = [];
  for (const m of mdx.matchAll(/<CrashOutput\b([^>]*?)\/>/g)) {
    const attrs = m[1]!;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) throw new Error(`<CrashOutput> without a literal id: ${m[0]}`);
    const markExpr = /\bmark=\{\[(.*?)\]\}/.exec(attrs)?.[1];
    const mark = markExpr ? [...markExpr.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((x) => x[1]!.replace(/\\'/g, "'")) : [];
    uses.push({ id, mark });
  }
  return uses;
}
