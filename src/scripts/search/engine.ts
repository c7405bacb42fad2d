/**
 * The search itself, in the browser: the exact-error matcher first, then Pagefind's
 * full text. Both load on first use. Each language has its own Pagefind bundles (one, or
 * several parts on a large site: src/lib/search-index-parts.ts); the other language's are
 * merged in only when wanted, so a first search fetches one language's index.
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
import { indexBundlePaths, parseIndexParts } from '../../lib/search-index-parts';

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

export interface SearchOptions {
  /** Full-text results to load; each costs a fragment fetch, so more load on request. */
  limit?: number;
  /**
   * Called as soon as the exact matches and the first few results are known, before the
   * rest load: readers see results sooner.
   */
  onFirstResults?: (outcome: SearchOutcome) => void;
  /** False once a newer search has started: this one then stops before loading fragments. */
  isCurrent?: () => boolean;
}

/**
 * Results loaded per step: each costs a fragment fetch (3-4 KB: the page's text, for the
 * excerpt), so five show first, as Pagefind's own interface does, and more on request.
 */
export const resultsPerStep = 5;
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
  /** The full-text search in flight, and the number of the newest one asked for. */
  #fullTextRunning: Promise<unknown> = Promise.resolve();
  #fullTextTicket = 0;

  constructor(
    readonly lang: Locale,
    readonly base: string,
    /** Parts of each language's index, as the page's `data-search-index-parts` says. */
    readonly indexParts: Readonly<Record<string, number>>,
  ) {}

  /** Each part's bundle URL for a language. */
  #bundles(lang: Locale): string[] {
    return indexBundlePaths(lang, this.indexParts[lang] ?? 1).map((path) => this.base + path);
  }

  #loadPagefind(): Promise<PagefindApi> {
    this.#pagefind ??= (async () => {
      const [first, ...rest] = this.#bundles(this.lang);
      // A plain variable: Vite leaves such an import alone (a template literal would make it
      // bundle its preload helper into the page).
      const script = `${first}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ script)) as PagefindApi;
      // baseUrl: result URLs carry the deployment sub-path (`/kb/en/...`).
      await pagefind.options({ ...this.#bundleOptions(), baseUrl: this.base });
      await Promise.all([pagefind.init(), ...rest.map((url) => this.#merge(pagefind, url, this.lang))]);
      return pagefind;
    })();
    return this.#pagefind;
  }

  #bundleOptions() {
    return { highlightParam: 'highlight', excerptLength: 28 };
  }

  #merge(pagefind: PagefindApi, url: string, language: Locale): Promise<void> {
    return pagefind.mergeIndex(url, { ...this.#bundleOptions(), language, baseUrl: this.base });
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

  /** The other language's bundles, merged in when its results are wanted. */
  #mergeOther(pagefind: PagefindApi): Promise<void> {
    const other = otherLocale(this.lang);
    this.#otherMerged ??= Promise.all(
      this.#bundles(other).map((url) => this.#merge(pagefind, url, other)),
    ).then(() => undefined);
    return this.#otherMerged;
  }

  /** Loads everything a search needs without searching, e.g. when the search box gets focus. */
  warm(): void {
    void this.#loadPagefind();
    void this.#loadCore();
  }

  /** Searches, loading at most `options.limit` full-text results (see SearchOptions). */
  async search(state: SearchState, options: SearchOptions = {}): Promise<SearchOutcome> {
    const { limit = resultsPerStep, onFirstResults, isCurrent = () => true } = options;
    const query = state.query.trim();
    if (!query) return { ...emptyOutcome, query };
    let otherSearched = wantsOtherLanguage(state, this.lang);
    const loadingPagefind = this.#loadPagefind();
    // Pagefind ranks in its worker while the matcher runs here.
    const fullText = loadingPagefind.then(async (pagefind) => {
      if (otherSearched) await this.#mergeOther(pagefind);
      return this.#fullText(pagefind, query, state, isCurrent);
    });
    const exact = await this.#exactHits(state);
    // The exact match needs no full-text search: show it while Pagefind works.
    if (exact.length > 0 && onFirstResults && isCurrent())
      onFirstResults({ query, exact, primary: [], other: [], otherSearched, hasMore: false });
    const pagefind = await loadingPagefind;
    let results = await fullText;
    // Nothing in this language: look in the other before saying there is nothing.
    if (exact.length === 0 && !otherSearched && results?.length === 0) {
      otherSearched = true;
      await this.#mergeOther(pagefind);
      results = await this.#fullText(pagefind, query, state, isCurrent);
    }
    // A newer search (the reader typed on) has taken over.
    if (!results) return { ...emptyOutcome, query, exact };
    const found = results;
    const outcomeOf = (hits: SearchHit[]): SearchOutcome => {
      const { primary, other } = groupByLanguage(hits, this.lang, this.base);
      const exactPaths = new Set(exact.map((e) => e.path));
      return {
        query,
        exact,
        primary: primary.filter((h) => !exactPaths.has(h.path.split('?')[0]!)),
        other: otherSearched ? other : [],
        otherSearched,
        hasMore: found.length > hits.length,
      };
    };
    // A newer search (the reader typed on) has taken over: load no fragments for this one.
    if (!isCurrent()) return outcomeOf([]);
    const loading = found.slice(0, limit).map((result) => result.hit());
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

  /**
   * Pagefind's ranked results, each loading its fragment (title, excerpt, facts) on
   * `hit()`; null when a newer search superseded this one before it ran. Pagefind answers
   * one search at a time, and on a large site a search over common words takes a while:
   * a search per keystroke would wait for every one before it. So while one runs, only
   * the newest search waits for it, and the ones it replaced never run.
   */
  async #fullText(
    pagefind: PagefindApi,
    query: string,
    state: SearchState,
    isCurrent: () => boolean,
  ): Promise<{ hit: () => Promise<SearchHit> }[] | null> {
    const ticket = ++this.#fullTextTicket;
    await this.#fullTextRunning;
    if (ticket !== this.#fullTextTicket || !isCurrent()) return null;
    const running = pagefind.search(query, { filters: pagefindFilters(state) });
    this.#fullTextRunning = running.catch(() => undefined);
    const response = await running;
    if (!response) return null;
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

/** The engine for the current page: its language, the site's base and the index parts it names. */
export function pageSearchEngine(): SearchEngine {
  const root = document.documentElement;
  return new SearchEngine(
    root.lang as Locale,
    import.meta.env.BASE_URL,
    parseIndexParts(root.dataset.searchIndexParts),
  );
}
