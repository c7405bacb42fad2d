// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import expressiveCode from 'astro-expressive-code';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { remarkCallouts } from './src/plugins/remark-callouts.ts';
import { remarkExamples } from './src/plugins/remark-examples.ts';
import { rehypeTaskLists } from './src/plugins/rehype-task-lists.ts';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors.ts';
import { viteHeadingIds } from './src/plugins/vite-heading-ids.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { previewImageReport } from './src/integrations/preview-image-report.ts';
import { site, locales, defaultLocale } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkDirective, remarkExamples, remarkCallouts, remarkHeadingIds],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, rehypeTaskLists],
    }),
  },
  vite: { plugins: [viteHeadingIds()] },
  integrations: [expressiveCode(), mdx(), searchIndex(), previewImageReport()],
});
