/**
 * Pure helpers for the search island: the URL state of a search, which language a query
 * or a result is in, and how results are grouped. No DOM here, so all of it is unit-tested.
 */
import type { Locale } from '~/site.config';
import { isLocale } from '~/lib/content/entry-ids';
import { stripBase } from '~/lib/routing/routes';
import { maskedTail } from './mask-secrets';

/**
 * The longest query a URL carries: a longer paste keeps its tail (where tracebacks end in
 * the error), so a shared link stays a link and not a 100 KB log.
 */
export const MAX_URL_QUERY_CHARS = 2_000;

/** A query as it may go into a URL: secrets masked (maskSecrets), at most MAX_URL_QUERY_CHARS. */
export function queryForUrl(query: string): string {
  return maskedTail(query, MAX_URL_QUERY_CHARS).trimStart();
}

/** A search as the URL carries it: `?q=...&kind=error&provider=openai&severity=high&other=1`. */
export interface SearchState {
  query: string;
  kind?: string;
  provider?: string;
  severity?: string;
  /** Also show results in the other language. */
  other: boolean;
}

const filterKeys = ['kind', 'provider', 'severity'] as const;
export type FilterKey = (typeof filterKeys)[number];

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = { query: params.get('q') ?? '', other: params.get('other') === '1' };
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

/** The URL form of a search; its query is masked and bounded (queryForUrl). */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', queryForUrl(state.query));
  for (const key of filterKeys) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  if (state.other) params.set('other', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = state[key];
    if (value) filters[key] = value;
  }
  return filters;
}

const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** Whether a query is (partly) written in Japanese. */
export function containsJapanese(text: string): boolean {
  return japanese.test(text);
}

/**
 * Whether a query being typed is worth searching yet. Pagefind matches the last word as a
 * prefix, and a prefix of one or two letters matches most of a large site's words: the
 * search would fetch much of the index and rank thousands of pages, only to be replaced
 * a keystroke later. So while typing, a search waits until the last word has three
 * characters (two in Japanese, where words are short) or is followed by a space. Enter
 * always searches.
 */
export function readyToSearchWhileTyping(query: string): boolean {
  if (query.trim() === '') return true; // clears the results
  if (/\s$/.test(query)) return true;
  const last = query.trim().split(/\s+/).at(-1)!;
  return [...last].length >= (containsJapanese(last) ? 2 : 3);
}

/**
 * Whether the other language's index should be searched: when the reader asked, or when
 * the query is written in it (an English reader pasting `クォータ`).
 */
export function wantsOtherLanguage(state: SearchState, pageLang: Locale): boolean {
  if (state.other) return true;
  const queryIsJapanese = containsJapanese(state.query);
  return pageLang === 'en' ? queryIsJapanese : false;
}

/** The language of a result URL (absolute or root-relative), from its first path segment. */
export function languageOfUrl(url: string, base: string): Locale | undefined {
  const pathname = url.startsWith('http') ? new URL(url).pathname : url;
  const first = stripBase(pathname, base).split('/')[1] ?? '';
  return isLocale(first) ? first : undefined;
}

/** Splits results into the page's language and the other one, keeping rank order. */
export function groupByLanguage<T extends { url: string }>(
  results: readonly T[],
  pageLang: Locale,
  base: string,
): { primary: T[]; other: T[] } {
  const primary: T[] = [];
  const other: T[] = [];
  for (const result of results) {
    (languageOfUrl(result.url, base) === pageLang || languageOfUrl(result.url, base) === undefined
      ? primary
      : other
    ).push(result);
  }
  return { primary, other };
}

/**
 * The pages about the matcher's answer (the articles that explain the entry it names), then
 * the full-text results without them, in rank order: the list agrees with the answer above
 * it, even where Pagefind ranks a long article below short entries that share its words.
 */
export function answerPagesFirst<T extends { path: string }>(
  results: readonly T[],
  answerPages: readonly T[],
): T[] {
  const shown = new Set(answerPages.map((page) => page.path.split('?')[0]!));
  return [...answerPages, ...results.filter((result) => !shown.has(result.path.split('?')[0]!))];
}

/** A root-relative path for a result URL, whatever form Pagefind returned it in. */
export function pathOfUrl(url: string): string {
  if (!url.startsWith('http')) return url;
  const parsed = new URL(url);
  return parsed.pathname + parsed.search + parsed.hash;
}

/** Words to highlight on the destination page, from the `highlight` parameter. */
export function highlightTerms(search: string): string[] {
  const params = new URLSearchParams(search);
  const raw = params.getAll('highlight').join(' ');
  return [
    ...new Set(
      raw
        .split(/\s+/)
        .map((t) => t.trim())
        .filter((t) => t.length >= 2),
    ),
  ].slice(0, 20);
}
