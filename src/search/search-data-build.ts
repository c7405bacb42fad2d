/** The search data of src/search/search-data.ts, built once per build from the site's entries. */
import { buildSearchData, type SearchData } from './search-data';
import { loadSiteContent } from '~/data/site-content';

let built: Promise<SearchData> | undefined;

export function loadSearchData(): Promise<SearchData> {
  built ??= loadSiteContent().then((content) =>
    buildSearchData(
      content.errors.map(({ entry, key, lang, path }) => ({
        key,
        lang,
        path,
        // Articles that list the entry among their errors, and those the entry lists.
        articles: content.articles
          .filter(
            (a) =>
              a.lang === lang &&
              (a.entry.data.relatedErrors.includes(key) || entry.data.related.articles.includes(a.id)),
          )
          .map((a) => ({ path: a.path, title: a.entry.data.title, summary: a.entry.data.description })),
        provider: entry.data.provider,
        code: entry.data.code,
        httpStatus: entry.data.httpStatus,
        errorType: entry.data.errorType,
        prevalence: entry.data.prevalence,
        severity: entry.data.severity,
        title: entry.data.title,
        summary: entry.data.summary,
        messages: entry.data.messages.map((m) => ({
          source: m.source,
          text: m.text,
          ...(m.exception ? { exception: m.exception } : {}),
        })),
      })),
    ),
  );
  return built;
}
