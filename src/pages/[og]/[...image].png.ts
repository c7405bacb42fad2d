/**
 * The preview-card PNGs (`/og/<page path>.png`), rendered at build time by
 * src/preview-image/render.ts and cached between builds.
 *
 * Why `[og]`, a parameter whose one value is "og": Astro renders routes with a fixed
 * first segment before routes with a parameter there, so a route in `og/` would come
 * before every page. As `[og]` it comes after the `[lang]` pages: the worker threads,
 * started on every image when Astro collects the paths, render the images while the main
 * thread renders the pages, instead of the main thread waiting for the images first.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '~/data/site-content';
import { previewImages } from '~/preview-image/cards';
import type { PreviewCard } from '~/preview-image/card';
import { previewImageFolder, previewImageSlug } from '~/lib/routing/routes';
import { prefetchPreviewImages, previewImagePng } from '~/preview-image/render';

export const getStaticPaths = (async () => {
  const images = previewImages(await loadSiteContent());
  // A build renders every image: start the workers on all of them now. `astro dev`
  // renders an image when it is asked for.
  if (import.meta.env.PROD) prefetchPreviewImages(images.map((image) => image.card));
  // The route's file name spells out `paths.previewImage`: /og/<slug>.png.
  return images.map(({ pagePath, card }) => ({
    params: { og: previewImageFolder, image: previewImageSlug(pagePath) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) => {
  const png = await previewImagePng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
