// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

/**
 * The site is static and must work from any host, including under a sub-path.
 * BASE_PATH (e.g. `/go-map-lab/`) sets that sub-path at build time; default `/`.
 */
const rawBase = process.env.BASE_PATH ?? '/';
const base = rawBase === '/' ? '/' : `/${rawBase.replace(/^\/+|\/+$/g, '')}/`;

// Starlight registers @astrojs/mdx itself (a dependency of this project), so it is not added twice.
export default defineConfig({
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // No telemetry, no prefetching of other origins, no remote images.
  devToolbar: { enabled: false },
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
