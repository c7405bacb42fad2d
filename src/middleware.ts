import { defineMiddleware } from 'astro:middleware';
import { dedupeCodeBlockAssets } from './lib/outputs/code-block-assets.ts';

// Runs as each page is rendered (at build time for this static site): see
// src/lib/outputs/code-block-assets.ts for why a page links the code blocks' assets once.
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = dedupeCodeBlockAssets(await response.text());
  return new Response(html, { status: response.status, headers: response.headers });
});
