// Byte strings: the engine's representation of Go source and Go strings (one char code
// per UTF-8 byte, each 0..255; see src/engine/frontend/index.ts and the engine contract).
// These helpers convert between byte strings and ordinary (UTF-16) JavaScript text.

/** Encodes JS text as UTF-8 into a byte string (lone surrogates become U+FFFD). */
export function utf8Encode(text: string): string {
  // Fast path: pure ASCII text is its own byte string.
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  return bytesToByteString(new TextEncoder().encode(text));
}

/** Decodes a byte string as UTF-8 into JS text (invalid bytes become U+FFFD). */
export function utf8Decode(bytes: string): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return bytes;
  const u8 = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) u8[i] = bytes.charCodeAt(i) & 0xff;
  return new TextDecoder('utf-8').decode(u8);
}

/** A Uint8Array (e.g. a file read from disk) as a byte string. */
export function bytesToByteString(u8: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < u8.length; i += chunk) {
    out += String.fromCharCode.apply(null, u8.subarray(i, i + chunk) as unknown as number[]);
  }
  return out;
}
