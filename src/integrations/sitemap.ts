/**
 * The sitemap, by @astrojs/sitemap (`/sitemap-index.xml`), with each page's twins as
 * hreflang alternates. The package's own `i18n` option pairs pages by swapping the
 * language prefix, which is wrong for articles (a twin has its own slug), so each entry
 * takes its alternates, and whether it belongs at all, from the built page
 * (src/lib/outputs/sitemap.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { belongsInSitemap, hreflangAlternates } from '../lib/outputs/sitemap.ts';

export function siteSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  let base = '/';
  const pageHtml = (url: string) => {
    if (!outDir) throw new Error('sitemap: the output folder is not known yet');
    const path = new URL(url).pathname.slice(base.length - 1).replace(/^\//, '');
    return readFileSync(fileURLToPath(new URL(`${path}index.html`, outDir)), 'utf8');
  };
  return [
    {
      name: 'ai-error-guide:sitemap-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        },
      },
    },
    sitemap({
      serialize(item) {
        const html = pageHtml(item.url);
        if (!belongsInSitemap(html)) return undefined;
        const links = hreflangAlternates(html);
        return links.length > 1 ? { ...item, links } : item;
      },
    }),
  ];
}
