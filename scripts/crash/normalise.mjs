// Normalisation of captured crash output (chapter 1, "Reading the crash").
//
// Real crashes differ from run to run only in hexadecimal numbers: heap and stack
// addresses, argument words, fp/sp/pc values and the +0x pc offsets. Everything
// else (messages, goroutine ids, states, function names, files and line numbers)
// is kept exactly as the toolchain printed it; the capture script retries a run
// until its shape is the intended one instead of editing it.

/** What replaces every hexadecimal number in the stored output. */
export const HEX_STAND_IN = '0x…';

/** The note stored with every capture and shown on the page. */
export const NORMALISATION_NOTE =
  'Every hexadecimal number (addresses, argument words, fp/sp/pc values, +pc offsets) is replaced by 0x…; nothing else is changed.';

const HEX = /0x[0-9a-fA-F]+/g;

/**
 * Replaces hexadecimal numbers by the stand-in.
 * @param {string} text
 * @returns {string}
 */
export function normaliseOutput(text) {
  return text.replace(HEX, HEX_STAND_IN);
}
