/**
 * How many preview images a build rendered and how many came from the cache, for the
 * build log. Kept on `globalThis` because the pages are rendered from Vite's bundle and
 * the integration that prints the line is loaded from astro.config: two module copies.
 */
export interface PreviewImageStats {
  rendered: number;
  cached: number;
  /** Worker milliseconds spent rendering, summed over the workers. */
  renderMs: number;
  cachedMs: number;
  /** How many worker threads rendered them. */
  workers: number;
}

const key = Symbol.for('ai-error-guide.preview-image-stats');

export function previewImageStats(): PreviewImageStats {
  const store = globalThis as unknown as Record<symbol, PreviewImageStats | undefined>;
  return (store[key] ??= { rendered: 0, cached: 0, renderMs: 0, cachedMs: 0, workers: 0 });
}
