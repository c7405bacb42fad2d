/**
 * The full-text index (scripts/search-index.ts): one Pagefind bundle per language and
 * part, holding exactly the articles and entries of that language, as the pages announce
 * to the search island; and a clear stop when the pages and the index would disagree.
 */
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  existsSync,
} from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../scripts/search-index';
import { indexBundlePaths, parseIndexParts } from '~/search/index-parts';
import { t } from '~/i18n/ui';
import { assertBuilt, builtPages, distDir, readPage } from '../support/site';

interface BundleEntry {
  languages: Record<string, { page_count: number }>;
}

/** The text Pagefind indexed for each page of a bundle (its fragments: a tag, then JSON). */
function indexedText(bundle: string): Map<string, string> {
  const dir = join(distDir, bundle, 'fragment');
  const texts = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    // Pagefind marks where it segmented Japanese with zero-width spaces.
    texts.set(fragment.url, fragment.content.replaceAll('\u200b', ''));
  }
  return texts;
}

const bundleEntry = (dir: string, bundle: string): BundleEntry =>
  JSON.parse(readFileSync(join(dir, bundle, 'pagefind-entry.json'), 'utf8')) as BundleEntry;

describe('the built site', () => {
  beforeAll(() => assertBuilt());

  it('has one bundle per language and part, with every article and entry of that language', () => {
    const parts = parseIndexParts(/data-search-index-parts="([^"]*)"/.exec(readPage('/en/'))?.[1]);
    expect(Object.keys(parts).sort()).toEqual(['en', 'ja']);
    for (const [lang, count] of Object.entries(parts)) {
      const bundles = indexBundlePaths(lang, count);
      const indexed = bundles.reduce((sum, bundle) => {
        const entry = bundleEntry(distDir, bundle);
        expect(Object.keys(entry.languages), bundle).toEqual([lang]);
        return sum + entry.languages[lang]!.page_count;
      }, 0);
      const expected = builtPages().filter(
        (path) => path.startsWith(`/${lang}/`) && readPage(path).includes('data-pagefind-body'),
      );
      expect(expected.length).toBeGreaterThan(10);
      expect(indexed).toBe(expected.length);
      expect(existsSync(join(distDir, indexBundlePaths(lang, count + 1).at(-1)!))).toBe(false);
    }
  });

  it("indexes an entry's facts as separate words and leaves the page's buttons out", () => {
    for (const lang of ['en', 'ja'] as const) {
      const text = indexedText(indexBundlePaths(lang, 1)[0]!).get(
        `/${lang}/errors/openai/insufficient_quota/`,
      );
      expect(text, lang).toBeDefined();
      const strings = t(lang);
      // A label glued to its value ("SeverityHigh") would be one unknown word to a search.
      expect(text).toMatch(new RegExp(`${strings.errorType}\\s+insufficient_quota`));
      for (const label of [strings.copyLink.url, strings.copyLink.markdown, strings.copyLink.short])
        expect(text, lang).not.toContain(label);
    }
  });
});

describe('the indexer', () => {
  let dir: string;
  // The indexer's cache for these pages only: a part cached by an earlier run must not count.
  let cacheDir: string;
  const page = (lang: string, parts: string, body: string) =>
    `<!doctype html><html lang="${lang}" data-search-index-parts="${parts}"><head><title>${body}</title></head><body><article data-pagefind-body><h1>${body}</h1><p>${body} text</p></article></body></html>`;
  const write = (file: string, html: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aieg-search-index-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'aieg-search-index-cache-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('indexes each language in its own bundle, and only pages with data-pagefind-body', async () => {
    write('en/a/index.html', page('en', 'en:1 ja:1', 'Alpha'));
    write('en/b/index.html', page('en', 'en:1 ja:1', 'Bravo'));
    write('ja/c/index.html', page('ja', 'en:1 ja:1', 'チャーリー'));
    write('en/tags/index.html', '<!doctype html><html lang="en"><body><h1>Tags</h1></body></html>');
    const reports = await buildSearchIndex(dir, () => {}, cacheDir);
    expect(reports.map((r) => [r.bundle, r.pages])).toEqual([
      ['pagefind/en-0/', 2],
      ['pagefind/ja-0/', 1],
    ]);
    expect(bundleEntry(dir, 'pagefind/en-0/').languages.en!.page_count).toBe(2);
    expect(bundleEntry(dir, 'pagefind/ja-0/').languages.ja!.page_count).toBe(1);
    expect(existsSync(join(dir, 'pagefind/en-0/pagefind-ui.js'))).toBe(false);
  });

  it('copies a part whose pages have not changed from the cache, and indexes a changed one again', async () => {
    const again = await buildSearchIndex(dir, () => {}, cacheDir);
    expect(again.map((r) => [r.bundle, r.cached])).toEqual([
      ['pagefind/en-0/', true],
      ['pagefind/ja-0/', true],
    ]);
    expect(bundleEntry(dir, 'pagefind/en-0/').languages.en!.page_count).toBe(2);
    write('ja/c/index.html', page('ja', 'en:1 ja:1', 'デルタ'));
    const changed = await buildSearchIndex(dir, () => {}, cacheDir);
    expect(changed.map((r) => [r.bundle, r.cached])).toEqual([
      ['pagefind/en-0/', true],
      ['pagefind/ja-0/', false],
    ]);
  });

  it('stops, saying why, when the pages announce other parts than the index would have', async () => {
    write('en/a/index.html', page('en', 'en:2 ja:1', 'Alpha'));
    await expect(buildSearchIndex(dir, () => {}, cacheDir)).rejects.toThrow(
      /The pages expect search index parts "en:2 ja:1" but 3 indexed pages make "en:1 ja:1"/,
    );
  });
});
