/**
 * How the full-text index is laid out: one Pagefind bundle per language, and a language
 * with many pages split into parts that a search merges. While it indexes, Pagefind holds
 * about 0.4 MB of memory per English page and 1.1 MB per Japanese page (it segments
 * Japanese into about three times as many words), measured on the benchmark's pages. A
 * part is sized to stay near 2.5 GB, so the build stays under 4 GB; a site of a few
 * hundred pages has one part per language. Each extra part costs a search one more
 * metadata file and one more index chunk per word, so parts are as large as memory allows.
 *
 * The indexer (scripts/search-index.ts) and the pages (which tell the search island how
 * many parts to load) both count with these functions. Plain TypeScript with no imports,
 * so that script can run it directly.
 */
const pagesPerPart: Record<string, number> = { ja: 2500 };
const defaultPagesPerPart = 6000;

/** The most pages one part of a language's index holds. */
export function pagesPerIndexPart(lang: string): number {
  return pagesPerPart[lang] ?? defaultPagesPerPart;
}

export function indexPartCount(lang: string, pageCount: number): number {
  return Math.max(1, Math.ceil(pageCount / pagesPerIndexPart(lang)));
}

/** The folder of one part's bundle, relative to the site root: `pagefind/en-0/`. */
export function indexBundlePath(lang: string, part: number): string {
  return `pagefind/${lang}-${part}/`;
}

/** Every part's folder for a language. */
export function indexBundlePaths(lang: string, parts: number): string[] {
  return Array.from({ length: parts }, (_, part) => indexBundlePath(lang, part));
}

/**
 * Which part a page goes to, by a hash of its URL: parts come out even, and a page added
 * or removed changes only its own part, so the other parts can come from the indexer's
 * cache.
 */
export function partOfPage(url: string, parts: number): number {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % parts;
}

/** The `data-search-index-parts` value every page carries: `en:1 ja:2`. */
export function formatIndexParts(parts: Readonly<Record<string, number>>): string {
  return Object.entries(parts)
    .map(([lang, count]) => `${lang}:${count}`)
    .join(' ');
}

export function parseIndexParts(value: string | undefined | null): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const item of (value ?? '').split(/\s+/)) {
    const match = /^([a-z]{2}):(\d+)$/.exec(item);
    if (match) parts[match[1]!] = Number(match[2]);
  }
  return parts;
}
