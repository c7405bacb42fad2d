/**
 * The site's content, loaded once per build, checked across files, and shaped for the
 * templates: every entry knows its URL and its other-language twin. Templates read
 * from here and never re-derive ids, URLs or language pairs.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale, type ProviderId } from '~/site.config';
import { errorKey, otherLocale } from '~/lib/content/entry-ids';
import { paths } from '~/lib/routing/routes';
import { providersInUse, sitePages, statusesInUse, twinPaths, type SitePage } from '~/lib/routing/site-pages';
import { formatProblems, validateContent } from '~/lib/content/validate-content';
import { buildRedirects, type CodeChoice, type Redirect } from '~/lib/routing/redirects';
import { indexPartCount } from '~/search/index-parts';
import { httpStatuses } from '~/i18n/http-statuses';
import { entryFacts } from './entry-body';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ErrorEntry = CollectionEntry<'errors'>;
export type ProviderPageEntry = CollectionEntry<'providerPages'>;

export interface Article {
  entry: ArticleEntry;
  id: string;
  lang: Locale;
  path: string;
  /** The other-language version, when one exists. */
  twin?: Article | undefined;
}

export interface ErrorPage {
  entry: ErrorEntry;
  id: string;
  key: string;
  lang: Locale;
  path: string;
  twin?: ErrorPage | undefined;
}

export interface SiteContent {
  articles: Article[];
  errors: ErrorPage[];
  pages: SitePage[];
  /** Each page's other-language twin by path, where it exists. */
  twinPaths: Map<string, string>;
  articleById: Map<string, Article>;
  /** Error pages by `<key>@<lang>`. */
  errorByKeyLang: Map<string, ErrorPage>;
  /** Providers that have entries, in the order of src/site.config.ts. */
  providers: ProviderId[];
  /** Each provider's page text by `<provider>@<lang>`. */
  providerPageByLang: Map<string, ProviderPageEntry>;
  /** Short links and aliases, each a page that sends the reader on. */
  redirects: Redirect[];
  /** Short links for a code several providers use. */
  choices: CodeChoice[];
  /** The shortest short link to each page that has one, by the page's path. */
  shortLinks: Map<string, string>;
  /** How many parts each language's full-text index has (src/search/index-parts.ts). */
  searchIndexParts: Record<Locale, number>;
}

/** Files under examples/, relative to it (the build runs from the project root). */
function listExampleFiles(): Set<string> {
  const root = join(process.cwd(), 'examples');
  if (!existsSync(root)) return new Set();
  return new Set(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((p) => p.replaceAll('\\', '/'))
      .filter((p) => /\.(py|ts)$/.test(p)),
  );
}

let loaded: Promise<SiteContent> | undefined;

/** Loads and checks all content; the first call does the work, later calls share it. */
export function loadSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [articleEntries, errorEntries, providerPageEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('errors'),
    getCollection('providerPages'),
  ]);
  const slugById = new Map(articleEntries.map((a) => [a.id, a.data.slug]));
  const sources = {
    articles: articleEntries.map((a) => ({
      lang: a.data.lang,
      slug: a.data.slug,
      tags: a.data.tags,
      twinSlug: a.data.twin ? slugById.get(a.data.twin) : undefined,
    })),
    errors: errorEntries.map((e) => ({
      lang: e.data.lang,
      provider: e.data.provider,
      code: e.data.code,
      tags: e.data.tags,
      httpStatus: e.data.httpStatus,
    })),
  };
  const pages = sitePages(sources);
  const pagePaths = new Set(pages.map((p) => p.path));
  const {
    redirects,
    choices,
    problems: redirectProblems,
  } = buildRedirects(
    {
      articles: articleEntries.map((a) => ({ file: a.filePath ?? a.id, ...a.data })),
      errors: errorEntries.map((e) => ({ file: e.filePath ?? e.id, ...e.data })),
    },
    pagePaths,
  );
  const problems = validateContent({
    articles: articleEntries.map((a) => ({
      id: a.id,
      filePath: a.filePath ?? a.id,
      body: entryFacts(a),
      data: a.data,
    })),
    errors: errorEntries.map((e) => ({
      id: e.id,
      filePath: e.filePath ?? e.id,
      body: entryFacts(e),
      data: e.data,
    })),
    providerPages: providerPageEntries.map((p) => ({
      id: p.id,
      filePath: p.filePath ?? p.id,
      body: entryFacts(p),
      data: p.data,
    })),
    providers: providersInUse(sources),
    locales,
    pagePaths,
    exampleFiles: listExampleFiles(),
  });
  problems.push(...redirectProblems);
  // Every status gets a page that says what it means: the meaning must be written first.
  for (const e of errorEntries) {
    if (e.data.httpStatus !== undefined && !(e.data.httpStatus in httpStatuses)) {
      problems.push({
        file: e.filePath ?? e.id,
        field: 'httpStatus',
        message: `HTTP ${e.data.httpStatus} has no meaning in src/i18n/http-statuses.ts; expected one of ${Object.keys(httpStatuses).join(', ')}, or add its reason phrase and one paragraph per language there`,
      });
    }
  }
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const articles: Article[] = articleEntries
    .map((entry) => ({
      entry,
      id: entry.id,
      lang: entry.data.lang,
      path: paths.article(entry.data.lang, entry.data.slug),
    }))
    .sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime() || a.id.localeCompare(b.id));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  for (const article of articles) {
    const twinId = article.entry.data.twin;
    if (twinId) article.twin = articleById.get(twinId);
  }

  const errors: ErrorPage[] = errorEntries
    .map((entry) => ({
      entry,
      id: entry.id,
      key: errorKey(entry.data.provider, entry.data.code),
      lang: entry.data.lang,
      path: paths.error(entry.data.lang, entry.data.provider, entry.data.code),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const errorByKeyLang = new Map(errors.map((e) => [`${e.key}@${e.lang}`, e]));
  for (const error of errors) error.twin = errorByKeyLang.get(`${error.key}@${otherLocale(error.lang)}`);

  return {
    articles,
    errors,
    pages,
    twinPaths: twinPaths(pages, sources),
    articleById,
    errorByKeyLang,
    providers: providersInUse(sources),
    providerPageByLang: new Map(providerPageEntries.map((p) => [`${p.data.provider}@${p.data.lang}`, p])),
    redirects,
    choices,
    shortLinks: shortestLinks(redirects),
    // The indexed pages are the articles and the entries: scripts/search-index.ts checks it.
    searchIndexParts: Object.fromEntries(
      locales.map((lang) => [
        lang,
        indexPartCount(
          lang,
          articles.filter((a) => a.lang === lang).length + errors.filter((e) => e.lang === lang).length,
        ),
      ]),
    ) as Record<Locale, number>,
  };
}

function shortestLinks(redirects: readonly Redirect[]): Map<string, string> {
  const shortest = new Map<string, string>();
  for (const redirect of redirects) {
    if (redirect.kind !== 'short-link') continue;
    for (const target of Object.values(redirect.targets)) {
      const current = shortest.get(target);
      if (!current || redirect.path.length < current.length) shortest.set(target, redirect.path);
    }
  }
  return shortest;
}

/** The short link to copy for a page (articles and entries have one). */
export function shortLinkOf(content: SiteContent, path: string): string {
  const link = content.shortLinks.get(path);
  if (!link) throw new Error(`No short link leads to ${path}`);
  return link;
}

/** The other-language twin of a page, or null: the language switch says so instead of linking a 404. */
export function twinOf(content: SiteContent, path: string): string | null {
  return content.twinPaths.get(path) ?? null;
}

/** The entry for a key in a language, falling back to the other language. */
export function findError(content: SiteContent, key: string, lang: Locale): ErrorPage | undefined {
  return (
    content.errorByKeyLang.get(`${key}@${lang}`) ?? content.errorByKeyLang.get(`${key}@${otherLocale(lang)}`)
  );
}

/** A provider's page text in a language (the content check guarantees every one exists). */
export function providerPageOf(content: SiteContent, provider: ProviderId, lang: Locale): ProviderPageEntry {
  const page = content.providerPageByLang.get(`${provider}@${lang}`);
  if (!page) throw new Error(`No provider page for ${provider} in ${lang}`);
  return page;
}

export function articlesIn(content: SiteContent, lang: Locale): Article[] {
  return content.articles.filter((a) => a.lang === lang);
}

export function errorsIn(content: SiteContent, lang: Locale): ErrorPage[] {
  return content.errors.filter((e) => e.lang === lang);
}

/** The HTTP statuses that have a page in a language, ascending. */
export function statusesIn(content: SiteContent, lang: Locale): number[] {
  return statusesInUse({ errors: errorsIn(content, lang).map((e) => ({ ...e.entry.data })) }, lang);
}

/** `getStaticPaths` for pages that exist once per language. */
export function perLocalePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}
