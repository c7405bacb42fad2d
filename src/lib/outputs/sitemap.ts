/** The XML sitemap, with hreflang alternates for pages that have a twin. */
import type { SitePage } from '~/lib/routing/site-pages';
import { escapeXml } from './xml';

export function sitemapXml(
  pages: readonly SitePage[],
  twinPaths: ReadonlyMap<string, string>,
  absoluteUrl: (path: string) => string,
): string {
  const urls = pages
    .filter((page) => page.kind !== 'not-found' && page.path !== '/')
    .map((page) => {
      const twin = twinPaths.get(page.path);
      const alternates = twin
        ? [
            [page.lang, page.path],
            [twin.split('/')[1]!, twin],
          ]
            .map(
              ([lang, path]) =>
                `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(absoluteUrl(path!))}"/>`,
            )
            .join('\n')
        : '';
      return `  <url>\n    <loc>${escapeXml(absoluteUrl(page.path))}</loc>${alternates ? `\n${alternates}` : ''}\n  </url>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
}
