/**
 * The on-disk cache of rendered preview images: `node_modules/.cache/og-images/<key>.png`,
 * where the key is a hash of everything that decides the pixels (src/preview-image/card.ts
 * `cardCacheKey`). A hit refreshes the file's time, so images no build has used for a
 * month can be pruned after a build while a large site's current images stay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pruneUnusedFiles, touchFile, unusedFileMaxAgeMs, writeFileAtomically } from '~/lib/file-cache';

/** `PREVIEW_IMAGE_CACHE_DIR` moves it, e.g. for copies of the site that share node_modules. */
export const previewImageCacheDir =
  process.env.PREVIEW_IMAGE_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'og-images');
/** `PREVIEW_IMAGE_CACHE=off` renders every image (to measure a cold build). */
export const previewImageCacheEnabled = process.env.PREVIEW_IMAGE_CACHE !== 'off';
/** Cached images unused for this long are removed after a build. */
export const previewImageCacheMaxAgeMs = unusedFileMaxAgeMs;

export function hasCachedImage(key: string, dir = previewImageCacheDir): boolean {
  return touchFile(join(dir, `${key}.png`));
}

export function readCachedImage(key: string, dir = previewImageCacheDir): Buffer | undefined {
  const file = join(dir, `${key}.png`);
  return touchFile(file) ? readFileSync(file) : undefined;
}

export function writeCachedImage(key: string, png: Uint8Array, dir = previewImageCacheDir): void {
  writeFileAtomically(join(dir, `${key}.png`), png);
}

/** Removes cached images (and leftovers of stopped builds) older than `maxAgeMs`; returns how many. */
export function pruneImageCache(
  maxAgeMs = previewImageCacheMaxAgeMs,
  dir = previewImageCacheDir,
  now = Date.now(),
): number {
  return pruneUnusedFiles(dir, '.png', maxAgeMs, now);
}
