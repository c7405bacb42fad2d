/**
 * The on-disk cache of rendered preview images: `node_modules/.cache/og-images/<key>.png`,
 * where the key is a hash of everything that decides the pixels (src/lib/preview-card.ts
 * `cardCacheKey`). A hit refreshes the file's time, so images no build has used for a
 * month can be pruned after a build while a large site's current images stay.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export const previewImageCacheDir = join(process.cwd(), 'node_modules', '.cache', 'og-images');
/** `PREVIEW_IMAGE_CACHE=off` renders every image (to measure a cold build). */
export const previewImageCacheEnabled = process.env.PREVIEW_IMAGE_CACHE !== 'off';
/** Cached images unused for this long are removed after a build. */
export const previewImageCacheMaxAgeMs = 30 * 24 * 60 * 60 * 1000;

export function readCachedImage(key: string, dir = previewImageCacheDir): Buffer | undefined {
  const file = join(dir, `${key}.png`);
  if (!existsSync(file)) return undefined;
  const now = new Date();
  utimesSync(file, now, now);
  return readFileSync(file);
}

export function writeCachedImage(key: string, png: Uint8Array, dir = previewImageCacheDir): void {
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a build stopped mid-write never leaves a broken image in the cache.
  const partial = join(dir, `${key}.png.${process.pid}.tmp`);
  writeFileSync(partial, png);
  renameSync(partial, join(dir, `${key}.png`));
}

/** Removes cached images (and leftovers of stopped builds) older than `maxAgeMs`; returns how many. */
export function pruneImageCache(
  maxAgeMs = previewImageCacheMaxAgeMs,
  dir = previewImageCacheDir,
  now = Date.now(),
): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!/\.png(\.\d+\.tmp)?$/.test(name)) continue;
    const file = join(dir, name);
    if (now - statSync(file).mtimeMs > maxAgeMs) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}
