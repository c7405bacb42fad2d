/**
 * The search itself, in the browser: the exact-error matcher first, then Pagefind's
 * full text. Both load on first use. The other language's index is merged in only when
 * it is wanted, so a first search fetches one language's index.
 */
import { providerIds, type Locale, type ProviderId } from '../../site.config';
import {
  matchError,
  needsMessageTemplates,
  unpackMatcherIndex,
  type MatcherIndex,
  type PackedMatcherCore,
  type PackedMatcherMessages,
} from '../../lib/error-matcher';
import { searchDataPaths, type SearchEntryCard } from '../../lib/search-data';
import {
  groupByLanguage,
  languageOfUrl,
  pagefindFilters,
  pathOfUrl,
  wantsOtherLanguage,
  type SearchState,
} from '../../lib/search-query';
import { otherLocale } from '../../lib/entry-ids';
import { withBase } from '../../lib/routes';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

export interface SearchHit {
  /** As Pagefind returned it (absolute for the merged index). */
  url: string;
  /** Root-relative, with the base and Pagefind's highlight parameter. */
  path: string;
  lang: Locale | undefined;
  title: string;
  /** Pagefind's excerpt: escaped text with <mark> around matched words. */
  excerpt: string;
  kind: string;
  provider?: string | undefined;
  code?: string | undefined;
  status?: string | undefined;
  severity?: string | undefined;
}

export interface ExactHit {
  card: SearchEntryCard;
  lang: Locale;
  /** With the base, without the highlight parameter. */
  path: string;
  /** `path` plus the code to highlight on arrival. */
  href: string;
  title: string;
  summary: string;
}

export interface SearchOutcome {
  query: string;
  exact: ExactHit[];
  primary: SearchHit[];
  other: SearchHit[];
  /** Whether the other language's index was searched. */
  otherSearched: boolean;
  /** Whether Pagefind found more than were loaded (see the `limit` of `search`). */
  hasMore: boolean;
}

/** Results loaded per step: each costs a fragment fetch, so more load on request. */
export const resultsPerStep = 10;
/** Results shown before the rest of a step has loaded. */
const firstStep = 3;

const emptyOutcome: SearchOutcome = {
  query: '',
  exact: [],
  primary: [],
  other: [],
  otherSearched: false,
  hasMore: false,
};

function providerRank(key: string): number {
  return providerIds.indexOf(key.slice(0, key.indexOf('/')) as ProviderId);
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

export class SearchEngine {
  #pagefind: Promise<PagefindApi> | undefined;
  #core: Promise<PackedMatcherCore> | undefined;
  #messages: Promise<PackedMatcherMessages> | undefined;
  #matcher: { index: MatcherIndex; withMessages: boolean } | undefined;
  #cards = new Map<string, Promise<SearchEntryCard>>();
  #otherMerged: Promise<void> | undefined;

  constructor(
    readonly lang: Locale,
    readonly base: string,
  ) {}

  #loadPagefind(): Promise<PagefindApi> {
    this.#pagefind ??= (async () => {
      const url = `${this.base}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // baseUrl: result URLs carry the deployment sub-path (`/kb/en/...`).
      await pagefind.options({ highlightParam: 'highlight', excerptLength: 28, baseUrl: this.base });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  #loadCore(): Promise<PackedMatcherCore> {
    this.#core ??= fetchJson(this.base + searchDataPaths.core);
    return this.#core;
  }

  /** The matcher, with message templates only once a query long enough to need them comes. */
  async #loadMatcher(query: string): Promise<MatcherIndex> {
    const withMessages = needsMessageTemplates(query);
    if (this.#matcher && (this.#matcher.withMessages || !withMessages)) return this.#matcher.index;
    const core = await this.#loadCore();
    if (withMessages) {
      this.#messages ??= fetchJson(this.base + searchDataPaths.messages);
      const messages = await this.#messages;
      this.#matcher = { index: unpackMatcherIndex(core, messages), withMessages: true };
    } else {
      this.#matcher = { index: unpackMatcherIndex(core), withMessages: false };
    }
    return this.#matcher.index;
  }

  #loadCard(key: string): Promise<SearchEntryCard> {
    let card = this.#cards.get(key);
    if (!card) {
      card = fetchJson(this.base + searchDataPaths.card(key));
      this.#cards.set(key, card);
    }
    return card;
  }

  /** Pagefind keeps one index per language; the other is merged in under a distinct URL. */
  #mergeOther(pagefind: PagefindApi): Promise<void> {
    this.#otherMerged ??= pagefind.mergeIndex(new URL(`${this.base}pagefind/`, location.origin).href, {
      language: otherLocale(this.lang),
      baseUrl: this.base,
      highlightParam: 'highlight',
      excerptLength: 28,
    });
    return this.#otherMerged;
  }

  /** Loads everything a search needs without searching, e.g. when the search box gets focus. */
  warm(): void {
    void this.#loadPagefind();
    void this.#loadCore();
  }

  /**
   * Searches, loading at most `limit` full-text results. Each result costs a fragment
   * fetch, so when `onFirstResults` is given it is called as soon as the exact matches and
   * the first few results are known, before the rest load: readers see results sooner.
   */
  async search(
    state: SearchState,
    limit = resultsPerStep,
    onFirstResults?: (outcome: SearchOutcome) => void,
  ): Promise<SearchOutcome> {
    const query = state.query.trim();
    if (!query) return { ...emptyOutcome, query };
    const [pagefind, exact] = await Promise.all([this.#loadPagefind(), this.#exactHits(state)]);
    let otherSearched = wantsOtherLanguage(state, this.lang);
    if (otherSearched) await this.#mergeOther(pagefind);
    let results = await this.#fullText(pagefind, query, state);
    // Nothing in this language: look in the other before saying there is nothing.
    if (exact.length === 0 && !otherSearched && results.length === 0) {
      otherSearched = true;
      await this.#mergeOther(pagefind);
      results = await this.#fullText(pagefind, query, state);
    }
    const outcomeOf = (hits: SearchHit[]): SearchOutcome => {
      const { primary, other } = groupByLanguage(hits, this.lang, this.base);
      const exactPaths = new Set(exact.map((e) => e.path));
      return {
        query,
        exact,
        primary: primary.filter((h) => !exactPaths.has(h.path.split('?')[0]!)),
        other: otherSearched ? other : [],
        otherSearched,
        hasMore: results.length > hits.length,
      };
    };
    const loading = results.slice(0, limit).map((result) => result.hit());
    if (onFirstResults && loading.length > firstStep) {
      onFirstResults(outcomeOf(await Promise.all(loading.slice(0, firstStep))));
    }
    return outcomeOf(await Promise.all(loading));
  }

  async #exactHits(state: SearchState): Promise<ExactHit[]> {
    if (state.kind === 'article') return [];
    // Equal scores (one sentence shared by two providers, no clue in the paste) are shown
    // in the site's provider order: OpenAI, whose sentence Gemini reuses, first.
    const ranked = matchError(await this.#loadMatcher(state.query), state.query).sort(
      (a, b) => b.score - a.score || providerRank(a.key) - providerRank(b.key),
    );
    const cards = await Promise.all(ranked.map((match) => this.#loadCard(match.key)));
    return cards.flatMap((card) => {
      if (state.provider && card.provider !== state.provider) return [];
      if (state.severity && card.severity !== state.severity) return [];
      const lang: Locale = card.pages[this.lang] ? this.lang : otherLocale(this.lang);
      const page = card.pages[lang];
      if (!page) return [];
      const path = withBase(page.path, this.base);
      const href = `${path}?highlight=${encodeURIComponent(card.code)}`;
      return [{ card, lang, path, href, title: page.title, summary: page.summary }];
    });
  }

  /** Pagefind's ranked results; each loads its fragment (title, excerpt, facts) on `hit()`. */
  async #fullText(
    pagefind: PagefindApi,
    query: string,
    state: SearchState,
  ): Promise<{ hit: () => Promise<SearchHit> }[]> {
    const response = await pagefind.search(query, { filters: pagefindFilters(state) });
    if (!response) return []; // superseded by a newer search
    return response.results.map((result) => ({
      hit: async () => {
        const d = await result.data();
        return {
          path: pathOfUrl(d.url),
          lang: languageOfUrl(d.url, this.base),
          title: d.meta.title ?? d.url,
          excerpt: d.excerpt,
          kind: d.meta.kind ?? 'article',
          provider: d.meta.provider,
          code: d.meta.code,
          status: d.meta.status,
          severity: d.meta.severity,
          url: d.url,
        };
      },
    }));
  }
}
