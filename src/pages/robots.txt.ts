/** `/robots.txt`: everything may be crawled; the sitemap says what there is. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '~/lib/routing/site-url';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
