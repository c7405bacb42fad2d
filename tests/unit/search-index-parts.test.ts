import { describe, expect, it } from 'vitest';
import {
  formatIndexParts,
  indexBundlePath,
  indexBundlePaths,
  indexPartCount,
  pagesPerIndexPart,
  parseIndexParts,
  partOfPage,
} from '~/search/index-parts';

describe('the layout of the full-text index', () => {
  it('keeps one part per language until a language outgrows a part', () => {
    expect(indexPartCount('en', 0)).toBe(1);
    expect(indexPartCount('ja', 29)).toBe(1);
    expect(indexPartCount('ja', pagesPerIndexPart('ja'))).toBe(1);
    expect(indexPartCount('ja', pagesPerIndexPart('ja') + 1)).toBe(2);
  });

  it('gives Japanese, which Pagefind holds three times the memory for, smaller parts', () => {
    expect(pagesPerIndexPart('ja')).toBeLessThan(pagesPerIndexPart('en') / 2);
    // The benchmark's 10,000 pages: 5,000 per language.
    expect(indexPartCount('en', 5000)).toBe(1);
    expect(indexPartCount('ja', 5000)).toBe(2);
  });

  it('names one bundle folder per language and part', () => {
    expect(indexBundlePath('ja', 1)).toBe('pagefind/ja-1/');
    expect(indexBundlePaths('en', 2)).toEqual(['pagefind/en-0/', 'pagefind/en-1/']);
  });

  it('spreads pages evenly over the parts, and keeps a page in its part as others come and go', () => {
    const urls = Array.from({ length: 5000 }, (_, i) => `/ja/errors/openai/synthetic_error_${i}/`);
    const counts = [0, 0];
    for (const url of urls) counts[partOfPage(url, 2)]!++;
    expect(counts[0]! + counts[1]!).toBe(5000);
    expect(Math.abs(counts[0]! - counts[1]!)).toBeLessThan(200);
    // A page's part depends on its URL alone.
    expect(partOfPage(urls[42]!, 2)).toBe(partOfPage(`${urls[42]}`, 2));
    expect(partOfPage('/en/articles/x/', 1)).toBe(0);
  });

  it('writes and reads the parts the pages announce', () => {
    expect(formatIndexParts({ en: 1, ja: 2 })).toBe('en:1 ja:2');
    expect(parseIndexParts('en:1 ja:2')).toEqual({ en: 1, ja: 2 });
    expect(parseIndexParts(undefined)).toEqual({});
    expect(parseIndexParts('en:x ja:2')).toEqual({ ja: 2 });
  });
});
