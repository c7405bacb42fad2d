/**
 * The preview-card PNGs (`/og/<page path>.png`), rendered at build time by
 * src/render/preview-image.ts and cached between builds.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '../../data/site-content';
import { previewImages } from '../../data/preview-cards';
import type { PreviewCard } from '../../lib/preview-card';
import { previewImageSlug } from '../../lib/routes';
import { previewImagePng } from '../../render/preview-image';

export const getStaticPaths = (async () => {
  const images = previewImages(await loadSiteContent());
  // The route's file name spells out `paths.previewImage`: /og/<slug>.png.
  return images.map(({ pagePath, card }) => ({
    params: { image: previewImageSlug(pagePath) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) => {
  const png = await previewImagePng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
