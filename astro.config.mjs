// @ts-check
import { defineConfig } from 'astro/config';
import expressiveCode from 'astro-expressive-code';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkHeadingIds } from './src/markdown/plugins/remark-heading-ids.ts';
import { remarkCallouts } from './src/markdown/plugins/remark-callouts.ts';
import { remarkExamples } from './src/markdown/plugins/remark-examples.ts';
import { rehypeTaskLists } from './src/markdown/plugins/rehype-task-lists.ts';
import { rehypeHeadingAnchors } from './src/markdown/plugins/rehype-heading-anchors.ts';
import { rehypeBaseLinks } from './src/markdown/plugins/rehype-base-links.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteSitemap } from './src/integrations/sitemap.ts';
import { previewImageReport } from './src/preview-image/report-integration.ts';
import { site, locales, defaultLocale } from './src/site.config.ts';

// A deployment under a sub-path: `SITE_BASE=/kb/ npm run build`.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: site.url,
  base,
  // Copies of the site that share node_modules (the benchmark, the bad-input suite) each
  // keep their own content cache, so one build never reads another's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkDirective, remarkExamples, remarkCallouts, remarkHeadingIds],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, rehypeTaskLists, [rehypeBaseLinks, { base }]],
    }),
  },
  // The Pagefind index is the build's second step (scripts/search-index.ts), in its own process.
  integrations: [expressiveCode(), siteSitemap(), previewImageReport(), securityHeaders()],
});
