/** `/<lang>/rss.xml`: RSS 2.0 feed of the language's articles and error entries, newest first. */
import type { APIRoute } from 'astro';
import { feedXml } from '~/data/metadata';
import { perLocalePaths } from '~/data/site-content';
import type { Locale } from '~/site.config';

export const getStaticPaths = perLocalePaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await feedXml(params.lang as Locale), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
