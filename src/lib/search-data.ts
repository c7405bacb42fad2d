/**
 * What the search island downloads besides Pagefind: the error matcher's index and, per
 * entry key, what a result card shows in each language. Built from frontmatter at build
 * time (src/pages/search/matcher.json.ts).
 */
import type { Locale } from '../site.config';
import { buildMatcherIndex, type MatcherEntry, type MatcherIndex } from './error-matcher';

export interface SearchEntryCard {
  key: string;
  provider: string;
  providerName: string;
  code: string;
  httpStatus: number;
  severity: string;
  /** Per language that has the entry: title, summary and root-relative URL. */
  pages: Partial<Record<Locale, { title: string; summary: string; path: string }>>;
}

export interface SearchData {
  matcher: MatcherIndex;
  entries: Record<string, SearchEntryCard>;
}

export interface SearchDataSource extends MatcherEntry {
  lang: Locale;
  providerName: string;
  severity: string;
  title: string;
  summary: string;
  path: string;
}

export function buildSearchData(sources: readonly SearchDataSource[]): SearchData {
  const entries: Record<string, SearchEntryCard> = {};
  for (const s of sources) {
    const card = (entries[s.key] ??= {
      key: s.key,
      provider: s.provider,
      providerName: s.providerName,
      code: s.code,
      httpStatus: s.httpStatus,
      severity: s.severity,
      pages: {},
    });
    card.pages[s.lang] = { title: s.title, summary: s.summary, path: s.path };
  }
  return { matcher: buildMatcherIndex([...sources]), entries };
}
