// Loads a golden case table captured by scripts/capture-stdlib-goldens.mjs from real Go.
// Lines are returned as byte strings (latin1), the engine's string representation.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function goldenLines(name: string): string[][] {
  const text = gunzipSync(readFileSync(new URL(`./golden/${name}.txt.gz`, import.meta.url))).toString('latin1');
  return text
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('# '))
    .map((l) => l.split('\t'));
}

export function unhex(h: string): string {
  return Buffer.from(h, 'hex').toString('latin1');
}

/** Records mismatches and reports the first few with the case count. */
export class Tally {
  cases = 0;
  failures: string[] = [];
  check(desc: string, got: unknown, want: unknown): void {
    this.cases++;
    if (got !== want) this.failures.push(`${desc}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  summary(): string {
    return `${this.cases - this.failures.length}/${this.cases} pass` + (this.failures.length ? '\n' + this.failures.slice(0, 30).join('\n') : '');
  }
}
