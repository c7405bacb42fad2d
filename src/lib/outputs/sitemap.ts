/**
 * What the sitemap says about each built page, read from the page itself: whether search
 * engines should find it there (not redirects, short links and old URLs) and its
 * other-language twins (the page's own `<link rel="alternate" hreflang>`). The page's
 * head is where src/lib/routing/site-pages.ts's twins are already written, so the sitemap
 * cannot disagree with it. @astrojs/sitemap writes the XML (src/integrations/sitemap.ts).
 */

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * Whether a page belongs in the sitemap: not when it asks not to be indexed (`<meta
 * name="robots" content="noindex">`: short links, old URLs) or only sends the reader on
 * (a meta refresh: `/`, which picks the reader's language).
 */
export function belongsInSitemap(html: string): boolean {
  return (
    !/<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html) &&
    !/<meta\s+http-equiv="refresh"/i.test(html)
  );
}

/** The page's hreflang alternates, itself included, without `x-default`. */
export function hreflangAlternates(html: string): SitemapLink[] {
  const links: SitemapLink[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)) {
    const lang = /\bhreflang="([^"]+)"/.exec(tag)?.[1];
    const url = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (lang && url && lang !== 'x-default') links.push({ lang, url: url.replaceAll('&amp;', '&') });
  }
  return links;
}
