/**
 * JSON-LD (schema.org) for articles and error entries: what search engines and link
 * previews read about a page. Builders take plain facts from the page's frontmatter and
 * body and never invent content; src/components/StructuredData.astro renders them.
 *
 * Properties follow Google's structured-data docs: Article (TechArticle) has no required
 * properties but recommends headline, author, dates and image; BreadcrumbList requires
 * itemListElement with position, name and item; HowTo requires name and step (each with text).
 * @see https://developers.google.com/search/docs/appearance/structured-data/article
 * @see https://developers.google.com/search/docs/appearance/structured-data/breadcrumb
 */

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

const context = 'https://schema.org' as const;

/** The site, as author and publisher of every page. */
export interface SiteOrganization {
  name: string;
  /** Absolute URL of the site's home page. */
  url: string;
}

/** A full ISO 8601 date-time in UTC, without milliseconds: `2025-12-18T10:00:00Z`. */
export function isoDateTime(date: Date): string {
  if (Number.isNaN(date.getTime()))
    throw new Error('isoDateTime: expected a valid date, got an invalid Date');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function organization(site: SiteOrganization): Record<string, unknown> {
  return { '@type': 'Organization', name: site.name, url: site.url };
}

export interface TechArticleFacts {
  /** The page's canonical, absolute URL. */
  url: string;
  headline: string;
  description: string;
  /** BCP 47 language of the text, e.g. `en` or `ja`. */
  lang: string;
  datePublished?: Date | undefined;
  dateModified?: Date | undefined;
  /** Topic labels in the page's language. */
  keywords: readonly string[];
  /** `Beginner` or `Expert` style level of the reader the page is for. */
  proficiencyLevel?: string | undefined;
  /** Absolute URL of the page's preview image, when there is one. */
  image?: string | undefined;
}

export function techArticle(facts: TechArticleFacts, site: SiteOrganization): JsonLd {
  return {
    '@context': context,
    '@type': 'TechArticle',
    headline: facts.headline,
    description: facts.description,
    inLanguage: facts.lang,
    url: facts.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    ...(facts.datePublished ? { datePublished: isoDateTime(facts.datePublished) } : {}),
    ...(facts.dateModified ? { dateModified: isoDateTime(facts.dateModified) } : {}),
    author: organization(site),
    publisher: organization(site),
    ...(facts.keywords.length > 0 ? { keywords: facts.keywords.join(', ') } : {}),
    ...(facts.proficiencyLevel ? { proficiencyLevel: facts.proficiencyLevel } : {}),
    ...(facts.image ? { image: facts.image } : {}),
  };
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** The trail from the home page to the page itself, the page last. */
export function breadcrumbList(crumbs: readonly Crumb[]): JsonLd {
  if (crumbs.length === 0) throw new Error('breadcrumbList: expected at least one crumb');
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface HowToFacts {
  name: string;
  /** Absolute URL of the section the steps are in. */
  url: string;
  lang: string;
  /** The steps as written, in order, as plain text. */
  steps: readonly string[];
}

export function howTo(facts: HowToFacts): JsonLd {
  if (facts.steps.length === 0) throw new Error(`howTo: "${facts.name}" has no steps`);
  return {
    '@context': context,
    '@type': 'HowTo',
    name: facts.name,
    inLanguage: facts.lang,
    url: facts.url,
    step: facts.steps.map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text })),
  };
}

export interface ArticlePageFacts {
  url: string;
  title: string;
  description: string;
  lang: string;
  date: Date;
  updated?: Date | undefined;
  tagLabels: readonly string[];
  image?: string | undefined;
  /** Home and article-list crumbs, in the page's language. */
  home: Crumb;
  articles: Crumb;
}

/** An article: TechArticle and its breadcrumb (Home > Articles > the article). */
export function articleStructuredData(page: ArticlePageFacts, site: SiteOrganization): JsonLd[] {
  return [
    techArticle(
      {
        url: page.url,
        headline: page.title,
        description: page.description,
        lang: page.lang,
        datePublished: page.date,
        dateModified: page.updated ?? page.date,
        keywords: page.tagLabels,
        image: page.image,
      },
      site,
    ),
    breadcrumbList([page.home, page.articles, { name: page.title, url: page.url }]),
  ];
}

export interface EntryPageFacts {
  url: string;
  /** The code as the API writes it, the last crumb. */
  code: string;
  title: string;
  summary: string;
  lang: string;
  /** When the facts were last checked: the entry's modification date. */
  verified: Date;
  tagLabels: readonly string[];
  /** The reader level, already worded for schema.org (e.g. `Beginner`). */
  level: string;
  /** The Quick fix section (heading and numbered steps), when it has numbered steps. */
  quickFix?: { heading: string; steps: readonly string[] } | undefined;
  /** The fragment of the Quick fix section, e.g. `quick-fix`. */
  quickFixId: string;
  image?: string | undefined;
  /** Home, error reference and provider crumbs, in the page's language. */
  home: Crumb;
  errors: Crumb;
  provider: Crumb;
}

/**
 * An error entry: TechArticle; HowTo from the Quick fix steps when the section has a
 * numbered list; and the breadcrumb Home > Errors > Provider > Code.
 */
export function entryStructuredData(page: EntryPageFacts, site: SiteOrganization): JsonLd[] {
  const data: JsonLd[] = [
    techArticle(
      {
        url: page.url,
        headline: page.title,
        description: page.summary,
        lang: page.lang,
        dateModified: page.verified,
        keywords: page.tagLabels,
        proficiencyLevel: page.level,
        image: page.image,
      },
      site,
    ),
  ];
  if (page.quickFix) {
    data.push(
      howTo({
        name: `${page.code}: ${page.quickFix.heading}`,
        url: `${page.url}#${page.quickFixId}`,
        lang: page.lang,
        steps: page.quickFix.steps,
      }),
    );
  }
  data.push(breadcrumbList([page.home, page.errors, page.provider, { name: page.code, url: page.url }]));
  return data;
}

export interface CollectionPageFacts {
  url: string;
  title: string;
  description: string;
  lang: string;
  /** The pages listed, in the order shown. */
  items: readonly Crumb[];
  /** The crumbs above the page (Home, then its index), in the page's language. */
  trail: readonly Crumb[];
}

/**
 * A page that lists other pages (an HTTP status page): a CollectionPage whose main entity is
 * the ItemList of what it lists, and its breadcrumb, the page last.
 * @see https://schema.org/CollectionPage
 */
export function collectionPageStructuredData(page: CollectionPageFacts, site: SiteOrganization): JsonLd[] {
  return [
    {
      '@context': context,
      '@type': 'CollectionPage',
      name: page.title,
      description: page.description,
      inLanguage: page.lang,
      url: page.url,
      publisher: organization(site),
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: page.items.length,
        itemListElement: page.items.map((item, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name: item.name,
          url: item.url,
        })),
      },
    },
    breadcrumbList([...page.trail, { name: page.title, url: page.url }]),
  ];
}

/**
 * The text of a `<script type="application/ld+json">`: JSON with every `<` written as
 * `\u003c`, so no content (a `</script>` in a title) can end the script early. Still valid JSON.
 */
export function jsonLdText(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
