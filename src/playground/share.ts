// Share links: the playground's code and options travel in the URL fragment (never sent to a
// server), compressed with deflate-raw and encoded base64url, behind a version tag:
//   #v1.<base64url(deflate-raw(JSON))>
// Decoding validates every field and bounds the decompressed size, so a hostile link can only
// ever produce a plain-text program and known option values.
import { GO_VERSIONS, type GoTraceback, type GoVersion } from '../engine/api.ts';

export interface SharedState {
  code: string;
  go: GoVersion;
  seed: number;
  gomaxprocs: number;
  gotraceback: GoTraceback;
  /** Scenario the code started from, if any. */
  scenario?: string;
}

const TRACEBACKS: readonly GoTraceback[] = ['none', 'single', 'all', 'system', 'crash'];
/** Largest program a link may carry, in characters. */
export const MAX_SHARED_CODE = 128 * 1024;
const PREFIX = 'v1.';

async function pump(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error('shared program is too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not a share link');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function encodeShare(state: SharedState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return PREFIX + toBase64Url(await pump(stream, Infinity));
}

/** Decodes a fragment (with or without `#`); throws an Error with a reader-facing message. */
export async function decodeShare(fragment: string): Promise<SharedState> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!f.startsWith(PREFIX)) throw new Error('not a share link');
  const bytes = fromBase64Url(f.slice(PREFIX.length));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await pump(stream, MAX_SHARED_CODE * 4)));
  } catch (e) {
    throw new Error(e instanceof Error && e.message.includes('too large') ? e.message : 'the share link is damaged', { cause: e });
  }
  return validate(raw);
}

function validate(raw: unknown): SharedState {
  if (typeof raw !== 'object' || raw === null) throw new Error('the share link is damaged');
  const r = raw as Record<string, unknown>;
  const { code, go, seed, gomaxprocs, gotraceback, scenario } = r;
  if (typeof code !== 'string' || code.length > MAX_SHARED_CODE) throw new Error('the share link has no usable program');
  if (typeof go !== 'string' || !(GO_VERSIONS as readonly string[]).includes(go)) throw new Error('the share link names an unknown Go version');
  if (!Number.isSafeInteger(seed)) throw new Error('the share link has an invalid seed');
  if (!Number.isInteger(gomaxprocs) || (gomaxprocs as number) < 1 || (gomaxprocs as number) > 64)
    throw new Error('the share link has an invalid GOMAXPROCS');
  if (typeof gotraceback !== 'string' || !(TRACEBACKS as readonly string[]).includes(gotraceback))
    throw new Error('the share link has an invalid GOTRACEBACK');
  const out: SharedState = {
    code,
    go: go as GoVersion,
    seed: seed as number,
    gomaxprocs: gomaxprocs as number,
    gotraceback: gotraceback as GoTraceback,
  };
  if (typeof scenario === 'string' && /^[a-z0-9-]{1,80}$/.test(scenario)) out.scenario = scenario;
  return out;
}
