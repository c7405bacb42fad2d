/**
 * Every page the site builds, derived from the content alone. Pages, the link check,
 * the sitemap and the tests all read this list, so "which pages exist" has one answer.
 */
import { locales, providerIds, type Locale, type ProviderId } from '~/site.config';
import { paths } from './routes';

export type PageKind =
  | 'home'
  | 'articles'
  | 'article'
  | 'error-index'
  | 'provider-index'
  | 'error'
  | 'tag'
  | 'status'
  | 'search'
  | 'not-found';

export interface SitePage {
  path: string;
  lang: Locale;
  kind: PageKind;
}

export interface PageSources {
  /** `twinSlug`: the slug of the other-language version, when there is one. */
  articles: { lang: Locale; slug: string; tags: readonly string[]; twinSlug?: string | undefined }[];
  /** `httpStatus`: the error response's status; absent for completions and client-side errors. */
  errors: {
    lang: Locale;
    provider: string;
    code: string;
    tags: readonly string[];
    httpStatus?: number | undefined;
  }[];
}

/** Tags in use in one language, sorted; each gets a page. */
export function tagsInUse(sources: PageSources, lang: Locale): string[] {
  const used = new Set<string>();
  for (const item of [...sources.articles, ...sources.errors]) {
    if (item.lang === lang) item.tags.forEach((tag) => used.add(tag));
  }
  return [...used].sort();
}

/**
 * Providers that have at least one entry, in the order of src/site.config.ts. Only they get
 * a page, a filter and a place in the index: a provider without entries has nothing to show.
 */
export function providersInUse(sources: Pick<PageSources, 'errors'>): ProviderId[] {
  const used = new Set(sources.errors.map((e) => e.provider));
  return providerIds.filter((id) => used.has(id));
}

/**
 * HTTP statuses the entries of one language answer with (of either language when `lang`
 * is omitted), ascending; each gets a page, `/<lang>/status/<status>/`. Completions and
 * client-side errors have no status.
 */
export function statusesInUse(sources: Pick<PageSources, 'errors'>, lang?: Locale): number[] {
  const used = new Set<number>();
  for (const e of sources.errors) {
    if (e.httpStatus !== undefined && (lang === undefined || e.lang === lang)) used.add(e.httpStatus);
  }
  return [...used].sort((a, b) => a - b);
}

export function sitePages(sources: PageSources): SitePage[] {
  const pages: SitePage[] = [{ path: paths.root(), lang: locales[0], kind: 'home' }];
  for (const lang of locales) {
    pages.push(
      { path: paths.home(lang), lang, kind: 'home' },
      { path: paths.articles(lang), lang, kind: 'articles' },
      { path: paths.errorIndex(lang), lang, kind: 'error-index' },
      { path: paths.search(lang), lang, kind: 'search' },
      { path: paths.notFound(lang), lang, kind: 'not-found' },
    );
    for (const provider of providersInUse(sources)) {
      pages.push({ path: paths.providerIndex(lang, provider), lang, kind: 'provider-index' });
    }
    for (const tag of tagsInUse(sources, lang)) {
      pages.push({ path: paths.tag(lang, tag), lang, kind: 'tag' });
    }
    for (const status of statusesInUse(sources, lang)) {
      pages.push({ path: paths.status(lang, status), lang, kind: 'status' });
    }
  }
  for (const a of sources.articles)
    pages.push({ path: paths.article(a.lang, a.slug), lang: a.lang, kind: 'article' });
  for (const e of sources.errors) {
    pages.push({ path: paths.error(e.lang, e.provider, e.code), lang: e.lang, kind: 'error' });
  }
  return pages;
}

/** A path's counterpart in the other language: `/en/errors/` for `/ja/errors/`. */
function swapLanguage(path: string, lang: Locale): string {
  const other = locales.find((l) => l !== lang) ?? lang;
  return path.replace(new RegExp(`^/${lang}/`), `/${other}/`);
}

/**
 * Each page's other-language twin, where it exists: the same path in the other language
 * for indexes, tags and entries; the `twin` the author named for articles.
 */
export function twinPaths(pages: readonly SitePage[], sources: PageSources): Map<string, string> {
  const existing = new Set(pages.map((p) => p.path));
  const twins = new Map<string, string>();
  for (const page of pages) {
    if (page.path === paths.root() || page.kind === 'article') continue;
    const candidate = swapLanguage(page.path, page.lang);
    if (candidate !== page.path && existing.has(candidate)) twins.set(page.path, candidate);
  }
  for (const article of sources.articles) {
    if (!article.twinSlug) continue;
    const other = locales.find((l) => l !== article.lang) ?? article.lang;
    twins.set(paths.article(article.lang, article.slug), paths.article(other, article.twinSlug));
  }
  return twins;
}
