/**
 * Preview cards on the built site: every page carries Open Graph and Twitter tags, and
 * every og:image is a real 1200x630 PNG in dist/. Articles and entries have their own
 * image, in their own language; other pages use their language's site card.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '~/site.config';
import { paths, stripBase, withBase } from '~/lib/routing/routes';
import {
  $,
  $$,
  assertBuilt,
  readingPages,
  fileForPath,
  loadPage,
  pathExists,
  type HTMLElement,
} from '../support/site';

/** The deployment base the site was built with (`SITE_BASE`, as in astro.config.mjs). */
const base = process.env.SITE_BASE ?? '/';
const siteRoot = new URL(withBase('/', base), site.url).toString();

const ownImagePages = {
  articleEn: '/en/articles/openai-api-quota-error/',
  articleJa: '/ja/articles/openai-api-quota-error-jp/',
  entryEn: '/en/errors/openai/insufficient_quota/',
  entryJa: '/ja/errors/openai/insufficient_quota/',
};

const requiredProperties = [
  'og:title',
  'og:description',
  'og:type',
  'og:site_name',
  'og:locale',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'og:image:type',
];
const requiredNames = ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'];

function property(root: HTMLElement, name: string): string | undefined {
  return root.querySelector(`meta[property="${name}"]`)?.getAttribute('content') ?? undefined;
}

function named(root: HTMLElement, name: string): string | undefined {
  return root.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
}

/** The dist/ file an absolute image URL is served from, or why it cannot be. */
function imageFile(url: string): string {
  if (!url.startsWith(siteRoot)) throw new Error(`${url} is not under the site's URL ${siteRoot}`);
  const path = stripBase(new URL(url).pathname, base);
  if (!pathExists(path)) throw new Error(`${url}: no file ${fileForPath(path)}`);
  return fileForPath(path);
}

/** Width and height from a PNG's IHDR chunk; throws if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let pages: { path: string; root: HTMLElement }[];

beforeAll(() => {
  assertBuilt();
  pages = readingPages().map((path) => ({ path, root: loadPage(path) }));
});

describe('preview cards', () => {
  it('every page has the Open Graph and Twitter tags', () => {
    const missing: string[] = [];
    for (const { path, root } of pages) {
      for (const name of requiredProperties) if (!property(root, name)) missing.push(`${path}: ${name}`);
      for (const name of requiredNames) if (!named(root, name)) missing.push(`${path}: ${name}`);
      if (named(root, 'twitter:card') !== 'summary_large_image') missing.push(`${path}: twitter:card value`);
    }
    expect(missing).toEqual([]);
  });

  it('every og:image is a 1200x630 PNG in dist/, and the declared size says so', () => {
    const sizes = new Map<string, { width: number; height: number }>();
    const wrong: string[] = [];
    for (const { path, root } of pages) {
      const url = property(root, 'og:image')!;
      expect(named(root, 'twitter:image'), path).toBe(url);
      const file = imageFile(url);
      if (!sizes.has(file)) sizes.set(file, pngSize(file));
      const size = sizes.get(file)!;
      if (size.width !== 1200 || size.height !== 630) wrong.push(`${url}: ${size.width}x${size.height}`);
      expect([property(root, 'og:image:width'), property(root, 'og:image:height')], path).toEqual([
        '1200',
        '630',
      ]);
      expect(property(root, 'og:image:type'), path).toBe('image/png');
    }
    expect(wrong).toEqual([]);
    expect(sizes.size).toBeGreaterThan(4);
  });

  it('og:url is the canonical URL; pages without a canonical have no og:url', () => {
    for (const { path, root } of pages) {
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(property(root, 'og:url'), path).toBe(canonical ?? undefined);
    }
    expect(property(loadPage(ownImagePages.entryJa), 'og:url')).toBe(
      new URL(withBase(ownImagePages.entryJa, base), site.url).toString(),
    );
  });

  it('articles and entries use their own image and og:type article; other pages the site card of their language', () => {
    const wrong: string[] = [];
    for (const { path, root } of pages) {
      const lang = root.querySelector('html')!.getAttribute('lang') as 'en' | 'ja';
      const ownImage = root.querySelector('article[data-page-kind]') !== null;
      const expectedPath = ownImage ? paths.previewImage(path) : paths.sitePreviewImage(lang);
      const expected = new URL(withBase(expectedPath, base), site.url).toString();
      if (property(root, 'og:image') !== expected) wrong.push(`${path}: image ${property(root, 'og:image')}`);
      if (property(root, 'og:type') !== (ownImage ? 'article' : 'website')) wrong.push(`${path}: og:type`);
    }
    expect(wrong).toEqual([]);
    const withOwnImage = pages.filter(({ root }) => root.querySelector('article[data-page-kind]'));
    expect(withOwnImage.map((p) => p.path)).toEqual(expect.arrayContaining(Object.values(ownImagePages)));
  });

  it('every article and entry image is different, so the English and Japanese cards differ', () => {
    const imageBytes = (path: string) => readFileSync(imageFile(property(loadPage(path), 'og:image')!));
    expect(imageBytes(ownImagePages.entryEn).equals(imageBytes(ownImagePages.entryJa))).toBe(false);
    expect(imageBytes(ownImagePages.articleEn).equals(imageBytes(ownImagePages.articleJa))).toBe(false);
    expect(imageBytes('/en/').equals(imageBytes('/ja/'))).toBe(false);

    const byContent = new Map<string, string>();
    for (const { path, root } of pages) {
      if (!root.querySelector('article[data-page-kind]')) continue;
      const hash = imageBytes(path).toString('base64');
      expect(byContent.get(hash), `${path} has the same image as ${byContent.get(hash)}`).toBeUndefined();
      byContent.set(hash, path);
    }
  });

  it('gives the language as og:locale, and the other one when the page has a twin', () => {
    for (const { path, root } of pages) {
      const lang = root.querySelector('html')!.getAttribute('lang');
      expect(property(root, 'og:locale'), path).toBe(lang === 'ja' ? 'ja_JP' : 'en_US');
      const hasTwin = $$(root, 'link[rel="alternate"][hreflang]').some(
        (link) => !['x-default', lang].includes(link.getAttribute('hreflang') ?? ''),
      );
      const alternate = property(root, 'og:locale:alternate');
      if (hasTwin) expect(alternate, path).toBe(lang === 'ja' ? 'en_US' : 'ja_JP');
      // A page in one language only (a tag used in one language) claims no other.
      else if (root.querySelector('link[rel="canonical"]')) expect(alternate, path).toBeUndefined();
    }
  });

  it("describes the image, and names the site from the site's config", () => {
    const entry = loadPage(ownImagePages.entryEn);
    expect(property(entry, 'og:site_name')).toBe(site.name);
    expect(property(entry, 'og:image:alt')).toContain('insufficient_quota');
    expect(property(entry, 'og:title')).toBe($(entry, 'title').textContent.replace(` | ${site.name}`, ''));
    expect(property(entry, 'og:description')).toBe(
      $(entry, 'meta[name="description"]').getAttribute('content'),
    );
  });
});
