/**
 * After a build: prints how many preview images were rendered and how many came from the
 * cache, and prunes cached images no build has used for a month.
 */
import type { AstroIntegration } from 'astro';
import { previewImageStats } from './stats.ts';
import { previewImageCacheEnabled, pruneImageCache } from './cache.ts';

export function previewImageReport(): AstroIntegration {
  return {
    name: 'ai-error-guide:preview-images',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { rendered, cached, renderMs, cachedMs, workers } = previewImageStats();
        const each = (ms: number, n: number) => (n ? ` (${(ms / n).toFixed(1)} ms each)` : '');
        const threads = workers ? ` on ${workers} worker thread${workers === 1 ? '' : 's'}` : '';
        logger.info(
          `${rendered} rendered${each(renderMs, rendered)}${threads}, ${cached} from the cache${each(cachedMs, cached)}`,
        );
        const pruned = previewImageCacheEnabled ? pruneImageCache() : 0;
        if (pruned > 0) logger.info(`removed ${pruned} cached images unused for 30 days`);
      },
    },
  };
}
