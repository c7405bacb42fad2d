/**
 * The one place that knows the site's URL scheme. Every link in the site, the sitemap,
 * the search index and the tests is made here, so a URL can never drift between them.
 * URLs are linked from forums: change nothing here without a redirect.
 *
 * Paths are root-relative and end with a slash; `withBase` adds a deployment sub-path.
 */
import type { Locale } from '~/site.config';

/** An error code as it appears in a URL: lowercased, so `RESOURCE_EXHAUSTED` is `resource_exhausted`. */
export function codeSlug(code: string): string {
  return code.toLowerCase();
}

export const paths = {
  root: (): string => '/',
  home: (lang: Locale): string => `/${lang}/`,
  article: (lang: Locale, slug: string): string => `/${lang}/articles/${slug}/`,
  articles: (lang: Locale): string => `/${lang}/articles/`,
  errorIndex: (lang: Locale): string => `/${lang}/errors/`,
  providerIndex: (lang: Locale, provider: string): string => `/${lang}/errors/${provider}/`,
  error: (lang: Locale, provider: string, code: string): string =>
    `/${lang}/errors/${provider}/${codeSlug(code)}/`,
  tag: (lang: Locale, tag: string): string => `/${lang}/tags/${tag}/`,
  /** Every provider's entries for one HTTP status, and how to tell them apart: `/en/status/429/`. */
  status: (lang: Locale, status: number): string => `/${lang}/status/${status}/`,
  search: (lang: Locale, query?: string): string =>
    `/${lang}/search/` + (query ? `?q=${encodeURIComponent(query)}` : ''),
  notFound: (lang: Locale): string => `/${lang}/404/`,
  /** A short link to an entry, `/e/<code>/`, or `/e/<provider>/<code>/` (unambiguous forever). */
  shortError: (code: string, provider?: string): string =>
    provider ? `/e/${provider}/${codeSlug(code)}/` : `/e/${codeSlug(code)}/`,
  /** A short link to an article, `/a/<slug>/`. */
  shortArticle: (slug: string): string => `/a/${slug}/`,
  /** A short link to an HTTP status page, `/s/<status>/`. */
  shortStatus: (status: number): string => `/s/${status}/`,
  /** The RSS feed of one language's articles and entries. */
  feed: (lang: Locale): string => `/${lang}/rss.xml`,
  /** The JSON API: every entry in one file, one file per entry, and the records' JSON Schema. */
  apiErrors: (): string => '/api/errors.json',
  apiError: (provider: string, code: string): string => `/api/errors/${provider}/${codeSlug(code)}.json`,
  apiErrorSchema: (): string => '/api/errors.schema.json',
  /** Every HTTP status the entries answer with, each with its entries' keys (schema: `#/$defs/statusIndex`). */
  apiStatuses: (): string => '/api/status.json',
  /**
   * The preview-card PNG of a page, named after the page's path:
   * `/en/errors/openai/insufficient_quota/` -> `/og/en/errors/openai/insufficient_quota.png`.
   */
  previewImage: (pagePath: string): string => `/${previewImageFolder}/${previewImageSlug(pagePath)}.png`,
  /** The per-language card of pages without their own image (home, indexes, search, tags). */
  sitePreviewImage: (lang: Locale): string => paths.previewImage(paths.home(lang)),
};

/** The first segment of every preview image's path. */
export const previewImageFolder = 'og';

/** The part of a preview image's path between `/og/` and `.png`: the page path without its slashes at the ends. */
export function previewImageSlug(pagePath: string): string {
  const slug = pagePath.replace(/^\/+|\/+$/g, '');
  if (!slug || /[?#]/.test(pagePath)) throw new Error(`No preview image for the page path "${pagePath}"`);
  return slug;
}

/** Prefixes a root-relative path with the deployment base (`/` or `/kb/`). */
export function withBase(path: string, base: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path}`;
}

/** Removes the deployment base from a pathname; the inverse of `withBase`. */
export function stripBase(pathname: string, base: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmedBase && pathname.startsWith(trimmedBase + '/')
    ? pathname.slice(trimmedBase.length)
    : pathname;
}
