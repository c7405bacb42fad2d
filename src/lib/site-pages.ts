/**
 * Every page the site builds, derived from the content alone. Pages, the link check,
 * the sitemap and the tests all read this list, so "which pages exist" has one answer.
 */
import { locales, providerIds, type Locale } from '../site.config';
import { paths } from './routes';

export type PageKind =
  | 'home'
  | 'articles'
  | 'article'
  | 'error-index'
  | 'provider-index'
  | 'error'
  | 'tag'
  | 'search'
  | 'not-found';

export interface SitePage {
  path: string;
  lang: Locale;
  kind: PageKind;
}

export interface PageSources {
  articles: { lang: Locale; slug: string; tags: readonly string[] }[];
  errors: { lang: Locale; provider: string; code: string; tags: readonly string[] }[];
}

/** Tags in use in one language, sorted; each gets a page. */
export function tagsInUse(sources: PageSources, lang: Locale): string[] {
  const used = new Set<string>();
  for (const item of [...sources.articles, ...sources.errors]) {
    if (item.lang === lang) item.tags.forEach((tag) => used.add(tag));
  }
  return [...used].sort();
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
    for (const provider of providerIds) {
      pages.push({ path: paths.providerIndex(lang, provider), lang, kind: 'provider-index' });
    }
    for (const tag of tagsInUse(sources, lang)) {
      pages.push({ path: paths.tag(lang, tag), lang, kind: 'tag' });
    }
  }
  for (const a of sources.articles)
    pages.push({ path: paths.article(a.lang, a.slug), lang: a.lang, kind: 'article' });
  for (const e of sources.errors) {
    pages.push({ path: paths.error(e.lang, e.provider, e.code), lang: e.lang, kind: 'error' });
  }
  return pages;
}
