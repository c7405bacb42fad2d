/** Prints, after a build, how many preview images were rendered and how many came from the cache. */
import type { AstroIntegration } from 'astro';
import { previewImageStats } from '../render/preview-image-stats.ts';

export function previewImageReport(): AstroIntegration {
  return {
    name: 'ai-error-guide:preview-images',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { rendered, cached, renderMs, cachedMs } = previewImageStats();
        const each = (ms: number, n: number) => (n ? ` (${(ms / n).toFixed(1)} ms each)` : '');
        logger.info(
          `${rendered} rendered${each(renderMs, rendered)}, ${cached} from the cache${each(cachedMs, cached)}`,
        );
      },
    },
  };
}
