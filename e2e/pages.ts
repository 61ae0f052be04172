// The pages of a built site, shared by the e2e fixtures and scripts/measure-pages.mjs.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of a built site, as a path relative to the base (directories end in `/`). */
export function listPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        out.push(rel === '' ? '' : `${rel}/`);
      }
    }
  };
  walk(dist);
  return out.sort();
}
