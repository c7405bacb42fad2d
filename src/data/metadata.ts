/**
 * Machine-readable views of the content, shaped from src/data/site-content.ts for the pure
 * builders in src/lib: JSON-LD per page, the RSS feed per language, and the JSON API.
 */
import type { RSSOptions } from '@astrojs/rss';
import {
  defaultLocale,
  locales,
  providers,
  site,
  tags,
  type Locale,
  type ProviderId,
  type TagId,
} from '~/site.config';
import { errorOrigins, levels, messageSources, retryPolicies, severities } from '~/lib/content/vocabulary';
import { t } from '~/i18n/ui';
import { paths } from '~/lib/routing/routes';
import {
  articleStructuredData,
  collectionPageStructuredData,
  entryStructuredData,
  type JsonLd,
} from '~/lib/outputs/structured-data';
import { statusMeaning } from '~/i18n/http-statuses';
import { feedOptions, type FeedItem } from '~/lib/outputs/rss';
import {
  buildErrorRecords,
  errorApiJsonSchema,
  errorIndex,
  statusIndex,
  type ErrorIndex,
  type ErrorRecord,
  type StatusIndex,
} from '~/lib/outputs/error-api';
import { absoluteUrl } from '~/lib/routing/site-url';
import { articlesIn, errorsIn, loadSiteContent, type Article, type ErrorPage } from './site-content';
import { entryFacts } from './entry-body';

const publisher = (lang: Locale) => ({ name: site.name, url: absoluteUrl(paths.home(lang)) });

function tagLabels(ids: readonly TagId[], lang: Locale): string[] {
  return ids.map((id) => tags[id][lang]);
}

/** The words schema.org's `proficiencyLevel` expects, from the entry's `level`. */
const proficiency = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Expert' } as const;

export function articleJsonLd(article: Article, image?: string): JsonLd[] {
  const { data } = article.entry;
  const strings = t(article.lang);
  return articleStructuredData(
    {
      url: absoluteUrl(article.path),
      title: data.title,
      description: data.description,
      lang: article.lang,
      date: data.date,
      updated: data.updated,
      tagLabels: tagLabels(data.tags, article.lang),
      image,
      home: { name: strings.home, url: absoluteUrl(paths.home(article.lang)) },
      articles: { name: strings.articles, url: absoluteUrl(paths.articles(article.lang)) },
    },
    publisher(article.lang),
  );
}

export function entryJsonLd(error: ErrorPage, image?: string): JsonLd[] {
  const { data } = error.entry;
  const lang = error.lang;
  const strings = t(lang);
  return entryStructuredData(
    {
      url: absoluteUrl(error.path),
      code: data.code,
      title: data.title,
      summary: data.summary,
      lang,
      verified: data.verified.date,
      tagLabels: tagLabels(data.tags, lang),
      level: proficiency[data.level],
      quickFix: entryFacts(error.entry).quickFix,
      quickFixId: 'quick-fix',
      image,
      home: { name: strings.home, url: absoluteUrl(paths.home(lang)) },
      errors: { name: strings.errors, url: absoluteUrl(paths.errorIndex(lang)) },
      provider: {
        name: providers[data.provider].name,
        url: absoluteUrl(paths.providerIndex(lang, data.provider)),
      },
    },
    publisher(lang),
  );
}

/** An HTTP status page: a CollectionPage of its entries and the breadcrumb Home > Errors > HTTP 429. */
export function statusJsonLd(lang: Locale, status: number, entries: readonly ErrorPage[]): JsonLd[] {
  const strings = t(lang);
  const { reason, meaning } = statusMeaning(status);
  return collectionPageStructuredData(
    {
      url: absoluteUrl(paths.status(lang, status)),
      title: strings.statusPage.title(status, reason),
      description: meaning[lang],
      lang,
      items: entries.map((e) => ({
        name: `${providers[e.entry.data.provider].name}: ${e.entry.data.code}`,
        url: absoluteUrl(e.path),
      })),
      trail: [
        { name: strings.home, url: absoluteUrl(paths.home(lang)) },
        { name: strings.errors, url: absoluteUrl(paths.errorIndex(lang)) },
      ],
    },
    publisher(lang),
  );
}

/** The feed's title, also the title of the `<link rel="alternate">` that points to it. */
export function feedTitle(lang: Locale): string {
  return `${site.name} (${t(lang).languageName})`;
}

/** The RSS feed of one language: its articles (by publication) and entries (by last verification). */
export async function feed(lang: Locale): Promise<RSSOptions> {
  const content = await loadSiteContent();
  const items: FeedItem[] = [
    ...articlesIn(content, lang).map((a) => ({
      title: a.entry.data.title,
      url: absoluteUrl(a.path),
      description: a.entry.data.description,
      date: a.entry.data.date,
    })),
    ...errorsIn(content, lang).map((e) => ({
      title: e.entry.data.title,
      url: absoluteUrl(e.path),
      description: e.entry.data.summary,
      date: e.entry.data.verified.date,
    })),
  ];
  return feedOptions(
    {
      title: feedTitle(lang),
      link: absoluteUrl(paths.home(lang)),
      description: site.tagline[lang],
      language: lang,
      selfUrl: absoluteUrl(paths.feed(lang)),
    },
    items,
  );
}

let records: Promise<ErrorRecord[]> | undefined;

/** One API record per entry, built once per build and shared by the index and the per-entry files. */
export function loadErrorRecords(): Promise<ErrorRecord[]> {
  records ??= loadSiteContent().then((content) =>
    buildErrorRecords(
      content.errors.map((e) => ({
        key: e.key,
        lang: e.lang,
        filePath: e.entry.filePath ?? e.id,
        url: absoluteUrl(e.path),
        data: e.entry.data,
      })),
      {
        defaultLocale,
        providerName: (id) => providers[id as ProviderId].name,
        apiUrl: (provider, code) => absoluteUrl(paths.apiError(provider, code)),
      },
    ),
  );
  return records;
}

export async function loadErrorIndex(): Promise<ErrorIndex> {
  return errorIndex(await loadErrorRecords(), absoluteUrl(paths.apiErrorSchema()));
}

/** /api/status.json: the statuses of the same records, with their entries' keys and pages. */
export async function loadStatusIndex(): Promise<StatusIndex> {
  return statusIndex(await loadErrorRecords(), {
    schemaUrl: `${absoluteUrl(paths.apiErrorSchema())}#/$defs/statusIndex`,
    reason: (status) => statusMeaning(status).reason,
    page: (lang, status) => {
      const { reason, meaning } = statusMeaning(status);
      return {
        title: t(lang as Locale).statusPage.title(status, reason),
        summary: meaning[lang as Locale],
        url: absoluteUrl(paths.status(lang as Locale, status)),
      };
    },
  });
}

export function errorApiSchema(): Record<string, unknown> {
  return errorApiJsonSchema(absoluteUrl(paths.apiErrorSchema()), {
    providers: Object.keys(providers),
    locales,
    severities,
    levels,
    retryPolicies,
    messageSources,
    origins: errorOrigins,
  });
}
