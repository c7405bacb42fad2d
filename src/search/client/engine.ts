/**
 * The search itself, in the browser: the exact-error matcher first, then Pagefind's
 * full text. Both load on first use. Each language has its own Pagefind bundles (one, or
 * several parts on a large site: src/search/index-parts.ts); the other language's are
 * merged in only when wanted, so a first search fetches one language's index.
 */
import type { Locale } from '~/site.config';
import {
  analyzePaste,
  boundPaste,
  distinctiveTerms,
  fullTextQueryFor,
  readProvider,
  needsMessageTemplates,
  unpackMatcherIndex,
  type MatcherIndex,
  type PackedMatcherCore,
  type PackedMatcherMessages,
  type SearchTerm,
  type Understood,
} from '~/search/matcher/index';
import { rankByTerms, type TermResults } from '~/search/any-terms';
import { explainingExcerpt, markTerms } from '~/search/excerpt';
import { searchDataPaths, type SearchEntryCard } from '~/search/search-data';
import {
  answerPagesFirst,
  containsJapanese,
  groupByLanguage,
  languageOfUrl,
  pagefindFilters,
  pathOfUrl,
  wantsOtherLanguage,
  type SearchState,
} from '~/search/query';
import { otherLocale } from '~/lib/content/entry-ids';
import { withBase } from '~/lib/routing/routes';
import { indexBundlePaths, parseIndexParts } from '~/search/index-parts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's parts under each heading that matched, with their own excerpts. */
  sub_results?: { url: string; excerpt: string; locations: number[] }[];
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
  /** The sentence that matched (src/search/excerpt.ts): escaped text with <mark> around matched words. */
  excerpt: string;
  kind: string;
  provider?: string | undefined;
  code?: string | undefined;
  status?: string | undefined;
  severity?: string | undefined;
}

/** An entry the matcher recognised, ready to show. */
export interface EntryHit {
  card: SearchEntryCard;
  lang: Locale;
  /** With the base, without the highlight parameter. */
  path: string;
  /** `path` plus the code to highlight on arrival. */
  href: string;
  title: string;
  summary: string;
}

/** What the matcher says about the query (see Verdict in src/search/matcher/types.ts). */
export type Answer =
  | { kind: 'exact'; hits: [EntryHit] }
  | { kind: 'shape'; hits: [EntryHit]; provider: string }
  | { kind: 'choice'; hits: EntryHit[] }
  | { kind: 'likely'; hits: EntryHit[] }
  | { kind: 'none'; hits: [] };

export interface SearchOutcome {
  query: string;
  answer: Answer;
  /** What was read from the query: provider, status, exception class. */
  understood: Understood;
  primary: SearchHit[];
  other: SearchHit[];
  /** The full-text results came from the query's telling words, not all of them: likely pages. */
  relaxed: boolean;
  /** Whether the other language's index was searched. */
  otherSearched: boolean;
  /** Whether Pagefind found more than were loaded (see the `limit` of `search`). */
  hasMore: boolean;
  /** Statuses that have a page (every status an entry has), for the not-covered card. */
  statusPages: ReadonlySet<number>;
  /** Providers that have entries, for the not-covered card. */
  providersWithEntries: ReadonlySet<string>;
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

/** A full-text result: Pagefind's id, and its fragment (title, excerpt, facts) on `hit()`. */
interface FullTextResult {
  id: string;
  hit: () => Promise<SearchHit>;
}

const noAnswer: Answer = { kind: 'none', hits: [] };

const emptyOutcome: SearchOutcome = {
  query: '',
  answer: noAnswer,
  understood: { looksLikeError: false },
  primary: [],
  other: [],
  relaxed: false,
  otherSearched: false,
  hasMore: false,
  statusPages: new Set(),
  providersWithEntries: new Set(),
};

/** Telling words searched one by one when all of them together find nothing (any-terms.ts). */
const anyTermsCount = 6;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

/**
 * One Pagefind engine: its own Web Worker (Pagefind starts one per copy of its module) with
 * the page language's bundles, the other language's once wanted, and its search in flight.
 */
interface Lane {
  pagefind: Promise<PagefindApi>;
  /** `ready` or `failed` once `pagefind` has settled. */
  state: 'loading' | 'ready' | 'failed';
  otherMerged?: Promise<void>;
  /** While it runs a search: settles (never rejects) once the engine is free again. */
  running?: Promise<void>;
}

/**
 * Engines a search may use. A search cannot be stopped once Pagefind runs it, and on a
 * large site one takes tens of milliseconds: with one engine, the search for the last key
 * would wait behind the one for the key before. So a second engine starts when a search
 * finds the first one busy, and that search and every later one go to whichever engine
 * is free first (each worker can run on its own core).
 */
const maxLanes = 2;

export class SearchEngine {
  #lanes: Lane[] = [];
  #core: Promise<PackedMatcherCore> | undefined;
  #messages: Promise<PackedMatcherMessages> | undefined;
  #matcher: { index: MatcherIndex; withMessages: boolean } | undefined;
  #cards = new Map<string, Promise<SearchEntryCard>>();
  /** The number of the newest full-text search asked for. */
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

  /** A new engine; each loads its own copy of Pagefind's module, hence its own worker. */
  #startLane(): Lane {
    const number = this.#lanes.length;
    const pagefind = (async () => {
      const [first, ...rest] = this.#bundles(this.lang);
      // A plain variable: Vite leaves such an import alone (a template literal would make it
      // bundle its preload helper into the page). The query makes a second copy of the
      // module (the file itself comes from the cache).
      const script = `${first}pagefind.js${number === 0 ? '' : `?engine=${number}`}`;
      const api = (await import(/* @vite-ignore */ script)) as PagefindApi;
      // baseUrl: result URLs carry the deployment sub-path (`/kb/en/...`).
      await api.options({ ...this.#bundleOptions(), baseUrl: this.base });
      await Promise.all([api.init(), ...rest.map((url) => this.#merge(api, url, this.lang))]);
      return api;
    })();
    const lane: Lane = { pagefind, state: 'loading' };
    pagefind.then(
      () => (lane.state = 'ready'),
      () => {
        lane.state = 'failed';
        // A second engine that cannot load leaves the first to do the work, as before.
        if (number > 0) this.#lanes.splice(this.#lanes.indexOf(lane), 1);
      },
    );
    this.#lanes.push(lane);
    return lane;
  }

  #firstLane(): Lane {
    return this.#lanes[0] ?? this.#startLane();
  }

  /**
   * An engine with no search running, or the first to finish. When all are loaded and busy,
   * another starts (up to maxLanes), to take a search once it has loaded. Null once
   * `superseded` says a newer search has come: that one waits instead.
   */
  async #idleLane(superseded: () => boolean): Promise<Lane | null> {
    for (;;) {
      if (superseded()) return null;
      const first = this.#firstLane();
      // Without its first engine there is no search: the caller says it could not load.
      if (first.state === 'failed') await first.pagefind;
      const idle = this.#lanes.find((lane) => lane.state === 'ready' && !lane.running);
      if (idle) return idle;
      if (this.#lanes.length < maxLanes && this.#lanes.every((lane) => lane.state === 'ready'))
        this.#startLane();
      const settled = () => undefined;
      await Promise.race(this.#lanes.map((lane) => lane.running ?? lane.pagefind.then(settled, settled)));
    }
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

  /** The other language's bundles, merged into an engine when its results are wanted. */
  #mergeOther(lane: Lane): Promise<void> {
    const other = otherLocale(this.lang);
    lane.otherMerged ??= lane.pagefind.then((pagefind) =>
      Promise.all(this.#bundles(other).map((url) => this.#merge(pagefind, url, other))).then(() => undefined),
    );
    return lane.otherMerged;
  }

  /** Loads everything a search needs without searching, e.g. when the search box gets focus. */
  warm(): void {
    void this.#firstLane().pagefind;
    void this.#loadCore();
  }

  /** Searches, loading at most `options.limit` full-text results (see SearchOptions). */
  async search(state: SearchState, options: SearchOptions = {}): Promise<SearchOutcome> {
    const { limit = resultsPerStep, onFirstResults, isCurrent = () => true } = options;
    const query = state.query.trim();
    if (!query) return { ...emptyOutcome, query };
    let otherSearched = wantsOtherLanguage(state, this.lang);
    const terms = distinctiveTerms(query);
    // A paste that names its provider searches that provider's pages first (and all pages
    // when they have nothing): an Azure 429 should not list Groq's before Azure's.
    const sender = state.provider ? undefined : readProvider(boundPaste(query)).provider;
    const search = async (text: string, other: boolean) => {
      if (sender) {
        const own = await this.#fullText(text, { ...state, provider: sender }, isCurrent, other);
        if (own === null || own.length > 0) return own;
      }
      return this.#fullText(text, state, isCurrent, other);
    };
    // A paste goes to Pagefind as its telling words; a typed query as typed; text nothing
    // can be read from, not at all (terms.ts).
    const fullTextQuery = fullTextQueryFor(query, terms);
    // Pagefind ranks in its worker while the matcher runs here.
    const fullText = fullTextQuery === null ? Promise.resolve([]) : search(fullTextQuery, otherSearched);
    const { answer, understood, statusPages, providersWithEntries } = await this.#analyze(state);
    const base = { query, answer, understood, statusPages, providersWithEntries };
    // The matcher's answer needs no full-text search: show it while Pagefind works.
    if (answer.kind !== 'none' && onFirstResults && isCurrent())
      onFirstResults({ ...base, primary: [], other: [], relaxed: false, otherSearched, hasMore: false });
    let results = await fullText;
    let relaxed = fullTextQuery !== null && fullTextQuery !== query;
    // Nothing for all the words, when the query reads as an error or a question (junk that
    // matches nothing gets no guesses); or a paste whose telling words all meet on a page or
    // two, where one odd word ("abnormal") can keep the right page out: after what was
    // found, the pages holding the most of the telling words.
    const foundNone = results?.length === 0 && (understood.looksLikeError || containsJapanese(query));
    const foundFew =
      relaxed &&
      understood.looksLikeError &&
      results !== null &&
      results.length > 0 &&
      results.length < firstStep;
    if (fullTextQuery !== null && results && (foundNone || foundFew)) {
      const shown = new Set(results.map((r) => r.id));
      const more = await this.#anyTerms(terms.slice(0, anyTermsCount), search, otherSearched);
      results = more && [...results, ...more.filter((r) => !shown.has(r.id))];
      relaxed = true;
    }
    // Nothing in this language: look in the other before saying there is nothing.
    if (fullTextQuery !== null && answer.kind === 'none' && !otherSearched && results?.length === 0) {
      otherSearched = true;
      results = await search(fullTextQuery, otherSearched);
    }
    // A newer search (the reader typed on) has taken over.
    if (!results) return { ...emptyOutcome, ...base };
    const found = results;
    const answerPaths = new Set(answer.hits.map((e) => e.path));
    // Listed first under the answer: Pagefind may rank a long article past the first step.
    const aboutAnswer = state.kind === 'error' ? [] : this.#articlesAbout(answer, query);
    const outcomeOf = (hits: SearchHit[]): SearchOutcome => {
      const { primary, other } = groupByLanguage(hits, this.lang, this.base);
      return {
        ...base,
        primary: answerPagesFirst(
          primary.filter((h) => !answerPaths.has(h.path.split('?')[0]!)),
          aboutAnswer,
        ),
        other: otherSearched ? other : [],
        relaxed,
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

  /**
   * Each word searched alone, the pages holding the most of them first (any-terms.ts); null
   * when a newer search took over.
   */
  async #anyTerms(
    terms: readonly SearchTerm[],
    search: (text: string, other: boolean) => Promise<FullTextResult[] | null>,
    other: boolean,
  ): Promise<FullTextResult[] | null> {
    const searches: TermResults<FullTextResult>[] = [];
    for (const { term, weight } of terms) {
      const results = await search(term, other);
      if (!results) return null;
      searches.push({ weight, results: results.map((value) => ({ id: value.id, value })) });
    }
    return rankByTerms(searches);
  }

  /** The articles in this page's language about the answer's entries, from their cards. */
  #articlesAbout(answer: Answer, query: string): SearchHit[] {
    const words = query.split(/\s+/);
    const byPath = new Map<string, SearchHit>();
    for (const hit of answer.hits) {
      if (hit.lang !== this.lang) continue;
      for (const article of hit.card.pages[hit.lang]?.articles ?? []) {
        const path = withBase(article.path, this.base);
        const excerpt = markTerms(article.summary, words);
        byPath.set(path, { url: path, path, lang: hit.lang, title: article.title, excerpt, kind: 'article' });
      }
    }
    return [...byPath.values()];
  }

  /** The matcher's answer, with the cards of the entries it names. */
  async #analyze(state: SearchState): Promise<{
    answer: Answer;
    understood: Understood;
    statusPages: ReadonlySet<number>;
    providersWithEntries: ReadonlySet<string>;
  }> {
    const index = await this.#loadMatcher(state.query);
    const statusPages = new Set(index.entries.flatMap((e) => (e.httpStatus === null ? [] : [e.httpStatus])));
    const providersWithEntries = new Set(index.entries.map((e) => e.provider));
    const { verdict, understood } = analyzePaste(index, state.query);
    const context = { understood, statusPages, providersWithEntries };
    if (state.kind === 'article' || verdict.kind === 'none') return { answer: noAnswer, ...context };
    const keys = verdict.kind === 'choice' || verdict.kind === 'likely' ? verdict.keys : [verdict.key];
    const cards = await Promise.all(keys.map((key) => this.#loadCard(key)));
    const hits = cards.flatMap((card): EntryHit[] => {
      if (state.provider && card.provider !== state.provider) return [];
      if (state.severity && card.severity !== state.severity) return [];
      const lang: Locale = card.pages[this.lang] ? this.lang : otherLocale(this.lang);
      const page = card.pages[lang];
      if (!page) return [];
      const path = withBase(page.path, this.base);
      const href = `${path}?highlight=${encodeURIComponent(card.code)}`;
      return [{ card, lang, path, href, title: page.title, summary: page.summary }];
    });
    const [first] = hits;
    if (!first) return { answer: noAnswer, ...context };
    if (verdict.kind === 'exact') return { answer: { kind: 'exact', hits: [first] }, ...context };
    if (verdict.kind === 'shape')
      return { answer: { kind: 'shape', hits: [first], provider: verdict.provider }, ...context };
    return { answer: { kind: verdict.kind, hits }, ...context };
  }

  /**
   * Pagefind's ranked results, each loading its fragment (title, excerpt, facts) on
   * `hit()`; null when a newer search superseded this one before it ran. An engine answers
   * one search at a time, and on a large site a search over common words takes a while:
   * a search per keystroke would wait for every one before it. So the newest search takes
   * an idle engine (see maxLanes), or waits for the first to finish, and the searches it
   * replaced never run.
   */
  async #fullText(
    query: string,
    state: SearchState,
    isCurrent: () => boolean,
    withOther: boolean,
  ): Promise<FullTextResult[] | null> {
    const ticket = ++this.#fullTextTicket;
    const superseded = () => ticket !== this.#fullTextTicket || !isCurrent();
    const lane = await this.#idleLane(superseded);
    if (!lane || superseded()) return null;
    // Marked busy before anything else is awaited, so no other search takes this engine.
    const running = (async () => {
      if (withOther) await this.#mergeOther(lane);
      return (await lane.pagefind).search(query, { filters: pagefindFilters(state) });
    })();
    // Settles, never rejects, once the engine is free again.
    lane.running = running.then(
      () => void delete lane.running,
      () => void delete lane.running,
    );
    const response = await running;
    if (!response) return null;
    // The words to mark in a summary shown as the excerpt: the query's own, and its Japanese words.
    const markWords = [...query.split(/\s+/), ...distinctiveTerms(query).map((t) => t.term)];
    return response.results.map((result) => ({
      id: result.id,
      hit: async () => {
        const d = await result.data();
        const source = { excerpt: d.excerpt, sections: d.sub_results ?? [], summary: d.meta.summary };
        return {
          path: pathOfUrl(d.url),
          lang: languageOfUrl(d.url, this.base),
          title: d.meta.title ?? d.url,
          excerpt: explainingExcerpt(source, markWords),
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
