/**
 * Writes `dist/_headers` once the pages exist: the Content-Security-Policy must list the
 * hash of every inline script the built pages contain (src/lib/outputs/http-headers.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash } from '~/lib/outputs/http-headers';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'ai-error-guide:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hashes = new Set<string>();
        const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const file of files) {
          for (const script of inlineScripts(await readFile(join(outDir, file), 'utf8'))) {
            hashes.add(scriptHash(script));
          }
        }
        await writeFile(join(outDir, '_headers'), headersFile(contentSecurityPolicy(hashes), base));
        logger.info(`_headers written: ${hashes.size} inline script hashes from ${files.length} pages`);
      },
    },
  };
}
