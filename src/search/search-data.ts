/**
 * What the search island downloads besides Pagefind, built from frontmatter at build
 * time: the error matcher in two parts (a small core every search needs, and the message
 * templates only long pastes need), and one small card per entry that the exact match
 * shows. Split this way, a first search on a site with thousands of entries stays small.
 */
import type { Locale } from '~/site.config';
import {
  buildMatcherIndex,
  packMatcherIndex,
  type MatcherEntry,
  type PackedMatcherCore,
  type PackedMatcherMessages,
} from './matcher';

/** What an exact match shows, per language that has the entry. */
export interface SearchEntryCard {
  key: string;
  provider: string;
  code: string;
  /** Absent when the error is not an HTTP error response. */
  httpStatus?: number | undefined;
  /** The body field value that tells it apart (`insufficient_quota`, `RESOURCE_EXHAUSTED`). */
  errorType: string;
  severity: string;
  pages: Partial<Record<Locale, SearchEntryCardPage>>;
}

export interface SearchEntryCardPage {
  title: string;
  summary: string;
  path: string;
  /** The articles in this language about the entry: search lists them under its card. */
  articles: { path: string; title: string; summary: string }[];
}

export interface SearchDataSource extends MatcherEntry {
  lang: Locale;
  severity: string;
  title: string;
  summary: string;
  path: string;
  /** See SearchEntryCardPage.articles. */
  articles: SearchEntryCardPage['articles'];
}

export interface SearchData {
  core: PackedMatcherCore;
  messages: PackedMatcherMessages;
  cards: Record<string, SearchEntryCard>;
}

export function buildSearchData(sources: readonly SearchDataSource[]): SearchData {
  const cards: Record<string, SearchEntryCard> = {};
  for (const s of sources) {
    const card = (cards[s.key] ??= {
      key: s.key,
      provider: s.provider,
      code: s.code,
      httpStatus: s.httpStatus,
      errorType: s.errorType,
      severity: s.severity,
      pages: {},
    });
    card.pages[s.lang] = { title: s.title, summary: s.summary, path: s.path, articles: s.articles };
  }
  const codes = new Map(sources.map((s) => [s.key, s.code]));
  const { core, messages } = packMatcherIndex(buildMatcherIndex([...sources]), codes);
  return { core, messages, cards };
}

/** Where the parts are served, relative to the site's base. */
export const searchDataPaths = {
  core: 'search/matcher.json',
  messages: 'search/messages.json',
  card: (key: string) => `search/cards/${key}.json`,
};
