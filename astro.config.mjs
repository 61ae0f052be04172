// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The site is static and must work from any host, including under a sub-path.
 * BASE_PATH (e.g. `/go-map-lab/`) sets that sub-path at build time; default `/`.
 */
const rawBase = process.env.BASE_PATH ?? '/';
const base = rawBase === '/' ? '/' : `/${rawBase.replace(/^\/+|\/+$/g, '')}/`;

/**
 * Monaco's modules import their own CSS. Bundled normally, Astro would link all of it (137 KB) as
 * render-blocking CSS on every page of the docs route, although the editor loads only when a reader
 * reaches for it. This plugin turns each of those imports into a tiny module that adds the CSS as a
 * <style> when the editor chunk actually runs.
 */
/** @returns {import('vite').Plugin} */
function monacoCssOnDemand() {
  const PREFIX = '\0monaco-css:';
  return {
    name: 'gomaplab:monaco-css-on-demand',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.css') || !importer?.includes('/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // The `.js` suffix keeps Vite's CSS pipeline away from this module.
      return resolved ? `${PREFIX}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      let css = readFileSync(file, 'utf8');
      // Assets the CSS refers to (the codicon font) become Vite asset imports, so their URLs
      // follow the build's base path.
      /** @type {string[]} */
      const imports = [];
      css = css.replace(/url\((['"]?)([^'")]+)\1\)/g, (m, _q, ref) => {
        if (/^(data:|https?:|#)/.test(ref)) return m;
        const name = `__asset${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(new URL(ref, pathToFileURL(file)).pathname + '?url')};`);
        return `url("\u0000${name}\u0000")`;
      });
      const body = JSON.stringify(css).replace(/\\u0000(__asset\d+)\\u0000/g, '" + $1 + "');
      // All of Monaco's modules evaluate in one synchronous pass, so their CSS is queued and put
      // in the page once, in a single <style> (one style recalculation, not one per module).
      return `${imports.join('\n')}
const q = (globalThis.__gmlMonacoCss ??= []);
q.push(${body});
if (q.length === 1 && typeof document !== 'undefined') queueMicrotask(() => {
  const s = document.createElement('style');
  s.dataset.monaco = '';
  s.textContent = q.join('\\n');
  q.length = 0;
  document.head.append(s);
});
`;
    },
  };
}

// Starlight registers @astrojs/mdx itself (a dependency of this project), so it is not added twice.
export default defineConfig({
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // No telemetry, no prefetching of other origins, no remote images.
  devToolbar: { enabled: false },
  vite: { plugins: [monacoCssOnDemand()] },
  integrations: [
    starlight({
      title: 'Go Map Lab',
      description:
        'From `fatal error: concurrent map writes` to the cause and the fix: Go map concurrency, explained with runnable, deterministic reproductions.',
      favicon: '/favicon.svg',
      customCss: ['./src/styles/site.css'],
      components: { Search: './src/components/overrides/Search.astro' },
      // The chapters live in content/docs (not Starlight's default src/content/docs), so the
      // sidebar is generated from that folder; each chapter's frontmatter `sidebar.order` sorts it.
      sidebar: [{ autogenerate: { directory: 'content/docs' } }],
      credits: false,
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      expressiveCode: {
        themes: ['github-dark', 'github-light'],
        useStarlightUiThemeColors: true,
      },
    }),
  ],
});
