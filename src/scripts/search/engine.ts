/**
 * The search itself, in the browser: the exact-error matcher first, then Pagefind's
 * full text. Both load on first use. The other language's index is merged in only when
 * it is wanted, so a first search fetches one language's index.
 */
import type { Locale } from '../../site.config';
import { matchError } from '../../lib/error-matcher';
import type { SearchData, SearchEntryCard } from '../../lib/search-data';
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
}

const maxResults = 20;

export class SearchEngine {
  #pagefind: Promise<PagefindApi> | undefined;
  #data: Promise<SearchData> | undefined;
  #otherMerged: Promise<void> | undefined;

  constructor(
    readonly lang: Locale,
    readonly base: string,
  ) {}

  #loadPagefind(): Promise<PagefindApi> {
    this.#pagefind ??= (async () => {
      const url = `${this.base}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await pagefind.options({ highlightParam: 'highlight', excerptLength: 28 });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  #loadData(): Promise<SearchData> {
    this.#data ??= fetch(`${this.base}search/matcher.json`).then((r) => {
      if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
      return r.json() as Promise<SearchData>;
    });
    return this.#data;
  }

  /** Pagefind keeps one index per language; the other is merged in under a distinct URL. */
  #mergeOther(pagefind: PagefindApi): Promise<void> {
    this.#otherMerged ??= pagefind.mergeIndex(new URL(`${this.base}pagefind/`, location.origin).href, {
      language: otherLocale(this.lang),
      highlightParam: 'highlight',
      excerptLength: 28,
    });
    return this.#otherMerged;
  }

  /** Loads everything a search needs without searching, e.g. when the search box gets focus. */
  warm(): void {
    void this.#loadPagefind();
    void this.#loadData();
  }

  async search(state: SearchState): Promise<SearchOutcome> {
    const query = state.query.trim();
    const empty: SearchOutcome = { query, exact: [], primary: [], other: [], otherSearched: false };
    if (!query) return empty;
    const [pagefind, data] = await Promise.all([this.#loadPagefind(), this.#loadData()]);
    const exact = this.#exactHits(data, state);
    let otherSearched = wantsOtherLanguage(state, this.lang);
    if (otherSearched) await this.#mergeOther(pagefind);
    let hits = await this.#fullText(pagefind, query, state);
    let { primary, other } = groupByLanguage(hits, this.lang, this.base);
    // Nothing in this language: look in the other before saying there is nothing.
    if (primary.length === 0 && other.length === 0 && exact.length === 0 && !otherSearched) {
      otherSearched = true;
      await this.#mergeOther(pagefind);
      hits = await this.#fullText(pagefind, query, state);
      ({ primary, other } = groupByLanguage(hits, this.lang, this.base));
    }
    const exactPaths = new Set(exact.map((e) => e.path));
    return {
      query,
      exact,
      primary: primary.filter((h) => !exactPaths.has(h.path.split('?')[0]!)),
      other: otherSearched ? other : [],
      otherSearched,
    };
  }

  #exactHits(data: SearchData, state: SearchState): ExactHit[] {
    if (state.kind === 'article') return [];
    return matchError(data.matcher, state.query).flatMap((match) => {
      const card = data.entries[match.key];
      if (!card) return [];
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

  async #fullText(pagefind: PagefindApi, query: string, state: SearchState): Promise<SearchHit[]> {
    const response = await pagefind.search(query, { filters: pagefindFilters(state) });
    if (!response) return []; // superseded by a newer search
    const data = await Promise.all(response.results.slice(0, maxResults).map((r) => r.data()));
    return data.map((d) => ({
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
    }));
  }
}
