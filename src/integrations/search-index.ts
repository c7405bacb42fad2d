/**
 * Builds the Pagefind full-text index after Astro has written the site, through
 * Pagefind's Node API (as Starlight does) so its options live in code. Only pages with
 * `data-pagefind-body` (articles and error entries) are indexed; Pagefind makes one
 * index per `<html lang>`, and its extended build segments Japanese at index time.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

// Pagefind writes its own UI bundles too; the site has its own search UI.
const unusedBundles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function searchIndex(): AstroIntegration {
  return {
    name: 'ai-error-guide:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          // Error codes are identifiers: keep `_` inside words (Pagefind's default set
          // includes it; stated here because matching codes depends on it).
          includeCharacters: '_',
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        await Promise.all(unusedBundles.map((file) => rm(`${outDir}/pagefind/${file}`, { force: true })));
        logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
