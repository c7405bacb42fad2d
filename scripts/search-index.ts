/**
 * `npm run build`, second step: the Pagefind full-text index of the built site, through
 * Pagefind's Node API (as Starlight does, so its options live in code).
 *
 *   node scripts/search-index.ts [dist]
 *
 * Only pages with `data-pagefind-body` (articles and error entries) are indexed, one
 * bundle per language and part (src/search/index-parts.ts): `pagefind/<lang>-<part>/`.
 * Pagefind's extended build, which npm installs, segments Japanese at index time.
 *
 * It runs after `astro build` has exited, in its own process, and indexes one part at a
 * time with a fresh Pagefind process: Pagefind's memory grows with every page it holds,
 * so the build's peak memory is the larger of Astro's and one part's, not their sum.
 *
 * A part whose pages are byte for byte those of an earlier build is copied from the
 * cache (`<Astro cache>/search-index/<hash>/`) instead of indexed again: a rebuild with
 * unchanged content indexes nothing, and an edited page re-indexes only its part.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pruneUnusedFiles, touchFile } from '../src/lib/file-cache.ts';
import {
  formatIndexParts,
  indexBundlePath,
  indexPartCount,
  parseIndexParts,
  partOfPage,
} from '../src/search/index-parts.ts';

// Pagefind writes its own UI bundles too; the site has its own search UI.
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface IndexedPage {
  /** Relative to the output folder, e.g. `en/errors/openai/insufficient_quota/index.html`. */
  file: string;
  /** The page's URL below the base, as Pagefind reports it: `/en/errors/openai/insufficient_quota/`. */
  url: string;
  lang: string;
  /** A hash of the file, for the cache key of its part (the HTML is read again to index it). */
  digest: string;
}

/** The pages to index: every HTML file with `data-pagefind-body`, by its `<html lang>`. */
async function findPages(
  outDir: string,
): Promise<{ pages: IndexedPage[]; expectedParts: string | undefined }> {
  const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' }))
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
  const pages: IndexedPage[] = [];
  let expectedParts: string | undefined;
  for (const file of files) {
    const html = await readFile(join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    if (!lang) throw new Error(`${file}: an indexed page needs <html lang>`);
    expectedParts ??= /<html[^>]*\sdata-search-index-parts="([^"]*)"/.exec(html)?.[1];
    const digest = createHash('sha256').update(html).digest('hex');
    pages.push({ file, url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, lang, digest });
  }
  return { pages, expectedParts };
}

export interface PartReport {
  bundle: string;
  pages: number;
  ms: number;
  /** Copied from the cache: the same pages were indexed by an earlier build. */
  cached: boolean;
}

/** The parts' cache, in Astro's cache folder as astro.config.mjs sets it (`ASTRO_CACHE_DIR`, else Astro's default). */
const defaultCacheDir = join(
  process.env.ASTRO_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.astro'),
  'search-index',
);

/** Pagefind's installed version (its package exports no package.json, so it is found on disk). */
const pagefindVersion = (() => {
  const dirs = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const file = dirs.map((dir) => join(dir, 'pagefind', 'package.json')).find((f) => existsSync(f));
  if (!file) throw new Error('pagefind is not installed: run npm install');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
})();

/** What decides a part's bundle: Pagefind's version and options, and each page's URL and HTML. */
function partKey(options: object, members: readonly IndexedPage[]): string {
  const hash = createHash('sha256').update(`pagefind@${pagefindVersion}\0${JSON.stringify(options)}`);
  for (const { url, digest } of members) hash.update(`\0${url}\0${digest}`);
  return hash.digest('hex').slice(0, 32);
}

export async function buildSearchIndex(
  outDir: string,
  log: (message: string) => void = console.log,
  /** Where indexed parts are kept between builds (tests give their own). */
  cacheDir = defaultCacheDir,
): Promise<PartReport[]> {
  const started = performance.now();
  const { pages, expectedParts } = await findPages(outDir);
  if (pages.length === 0) throw new Error(`${outDir}: no page has data-pagefind-body; build the site first`);
  const byLang = new Map<string, IndexedPage[]>();
  for (const page of pages) byLang.set(page.lang, [...(byLang.get(page.lang) ?? []), page]);
  const parts = Object.fromEntries(
    [...byLang].map(([lang, list]) => [lang, indexPartCount(lang, list.length)]),
  );
  // The pages tell the search island how many parts to load; they must agree with the index.
  if (formatIndexParts(parseIndexParts(expectedParts)) !== formatIndexParts(parts))
    throw new Error(
      `The pages expect search index parts "${expectedParts ?? '(none)'}" but ${pages.length} indexed pages make "${formatIndexParts(parts)}": every page with data-pagefind-body must be an article or an error entry`,
    );
  await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
  const reports: PartReport[] = [];
  for (const [lang, list] of byLang) {
    for (let part = 0; part < parts[lang]!; part++) {
      const partStarted = performance.now();
      const bundle = indexBundlePath(lang, part);
      const target = join(outDir, bundle);
      const members = list.filter((page) => partOfPage(page.url, parts[lang]!) === part);
      const options = {
        // Error codes are identifiers: keep `_` inside words (Pagefind's default set
        // includes it; stated here because matching codes depends on it).
        includeCharacters: '_',
        forceLanguage: lang,
      };
      const cached = join(cacheDir, partKey(options, members));
      // A hit is marked as used, so the prune below keeps it.
      const fromCache = touchFile(cached);
      if (fromCache) {
        cpSync(cached, target, { recursive: true });
      } else {
        const { index, errors } = await pagefind.createIndex(options);
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // One page read at a time: holding a part's 2,500 Japanese pages cost 800 MB more at peak.
        for (const page of members) {
          const content = await readFile(join(outDir, page.file), 'utf8');
          const added = await index.addHTMLFile({ url: page.url, content });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: target });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
        // Ends the Pagefind process, and with it the memory this part held.
        await pagefind.close();
        await Promise.all(unusedBundleFiles.map((file) => rm(join(target, file), { force: true })));
        // Copied then renamed, so a build stopped mid-copy leaves no half bundle in the cache.
        const partial = `${cached}.${process.pid}.tmp`;
        cpSync(target, partial, { recursive: true });
        renameSync(partial, cached);
      }
      const ms = performance.now() - partStarted;
      reports.push({ bundle, pages: members.length, ms, cached: fromCache });
      log(
        `${bundle}: ${members.length} pages in ${Math.round(ms)} ms${fromCache ? ', unchanged since an earlier build (from the cache)' : ''}`,
      );
    }
  }
  // Parts no build has used for a month.
  pruneUnusedFiles(cacheDir, '');
  log(
    `Indexed ${pages.length} pages in ${Math.round(performance.now() - started)} ms (${reports.length} bundles in ${relative(process.cwd(), outDir) || '.'}/pagefind/)`,
  );
  return reports;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  buildSearchIndex(outDir, (message) => console.log(`[search-index] ${message}`)).catch((error: Error) => {
    console.error(`[search-index] ${error.message}`);
    process.exit(1);
  });
}
