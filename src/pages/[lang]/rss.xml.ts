/** `/<lang>/rss.xml`: RSS 2.0 feed of the language's articles and error entries, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feed } from '~/data/metadata';
import { perLocalePaths } from '~/data/site-content';
import type { Locale } from '~/site.config';

export const getStaticPaths = perLocalePaths;

export const GET: APIRoute = async ({ params }) => rss(await feed(params.lang as Locale));
