/**
 * Where a content entry's rendered HTML lives: one file per rendered version, named by
 * the entry's digest, in `<Astro cacheDir>/rendered-html/`. Astro's data store, which the
 * build bundles into its JavaScript, then holds only each entry's data and the file's
 * path: at 10,000 pages the HTML alone would be some 200 MB of string in that bundle.
 *
 * The loader writes the files (src/markdown/loader.ts); pages read them through
 * src/data/entry-body.ts. A file never changes once written (new content, new digest),
 * and files no build has used for a month are removed after a build.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pruneUnusedFiles, touchFile, writeFileAtomically } from '~/lib/file-cache';

export function renderedHtmlDir(cacheDir: string): string {
  return join(cacheDir, 'rendered-html');
}

export function renderedHtmlFile(cacheDir: string, digest: string | number): string {
  return join(renderedHtmlDir(cacheDir), `${digest}.html`);
}

/** Whether a rendered version exists (and marks it as used). */
export const hasRenderedHtml = touchFile;

export const writeRenderedHtml = writeFileAtomically;

export async function readRenderedHtml(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${file}: the rendered HTML of a content entry is missing (${(error as Error).message}); delete Astro's cache folder (node_modules/.astro) and build again`,
      { cause: error },
    );
  }
}

export function pruneRenderedHtml(cacheDir: string): number {
  return pruneUnusedFiles(renderedHtmlDir(cacheDir), '.html');
}
