import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_SHARED_CODE, type SharedState } from '../../src/playground/share.ts';

const state: SharedState = {
  code: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("héllo, 世界 <script>")\n}\n',
  go: '1.23',
  seed: 42,
  gomaxprocs: 2,
  gotraceback: 'system',
  scenario: 'nil-map-write',
};

async function rawLink(json: string): Promise<string> {
  const bytes = new TextEncoder().encode(json);
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const buf = new Uint8Array(await new Response(stream).arrayBuffer());
  return 'v1.' + Buffer.from(buf).toString('base64url');
}

describe('share links', () => {
  it('round-trip code and options, with or without the #', async () => {
    const link = await encodeShare(state);
    expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(link)).toEqual(state);
    expect(await decodeShare('#' + link)).toEqual(state);
  });

  it('compress a typical program well below its size', async () => {
    const code = state.code.repeat(20);
    const link = await encodeShare({ ...state, code });
    expect(link.length).toBeLessThan(code.length / 4);
  });

  it('reject damaged or foreign fragments with a reader-facing message', async () => {
    await expect(decodeShare('#section-2')).rejects.toThrow('not a share link');
    await expect(decodeShare('v1.!!!')).rejects.toThrow('not a share link');
    await expect(decodeShare('v1.AAAA')).rejects.toThrow('damaged');
  });

  it('validate every field of a decoded link', async () => {
    const base = { code: 'package main', go: '1.27', seed: 1, gomaxprocs: 4, gotraceback: 'single' };
    await expect(decodeShare(await rawLink(JSON.stringify({ ...base, go: '1.99' })))).rejects.toThrow('unknown Go version');
    await expect(decodeShare(await rawLink(JSON.stringify({ ...base, seed: 1.5 })))).rejects.toThrow('invalid seed');
    await expect(decodeShare(await rawLink(JSON.stringify({ ...base, gomaxprocs: 0 })))).rejects.toThrow('GOMAXPROCS');
    await expect(decodeShare(await rawLink(JSON.stringify({ ...base, gotraceback: '<img>' })))).rejects.toThrow('GOTRACEBACK');
    await expect(decodeShare(await rawLink(JSON.stringify({ ...base, code: 7 })))).rejects.toThrow('no usable program');
    await expect(decodeShare(await rawLink('[1,2]'))).rejects.toThrow();
    // An unknown or hostile scenario name is dropped, not trusted.
    expect((await decodeShare(await rawLink(JSON.stringify({ ...base, scenario: '"><script>' })))).scenario).toBeUndefined();
  });

  it('refuse decompression bombs', async () => {
    const huge = JSON.stringify({ code: 'x'.repeat(MAX_SHARED_CODE * 8), go: '1.27', seed: 1, gomaxprocs: 1, gotraceback: 'all' });
    await expect(decodeShare(await rawLink(huge))).rejects.toThrow('too large');
  });
});
