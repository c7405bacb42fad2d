/**
 * `/sitemap.xml`: every page, with its other-language twin as an hreflang alternate.
 * The list comes from src/lib/routing/site-pages.ts, the same list the link check uses.
 */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '~/data/site-content';
import { sitemapXml } from '~/lib/outputs/sitemap';
import { absoluteUrl } from '~/lib/routing/site-url';

export const GET: APIRoute = async () => {
  const content = await loadSiteContent();
  const xml = sitemapXml(content.pages, content.twinPaths, absoluteUrl);
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
