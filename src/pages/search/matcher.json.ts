/** `/search/matcher.json`: the exact-error matcher's data, fetched by the search island on first use. */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../../data/site-content';
import { buildSearchData } from '../../lib/search-data';
import { providers } from '../../site.config';

export const GET: APIRoute = async () => {
  const content = await loadSiteContent();
  const data = buildSearchData(
    content.errors.map(({ entry, key, lang, path }) => ({
      key,
      lang,
      path,
      provider: entry.data.provider,
      providerName: providers[entry.data.provider].name,
      code: entry.data.code,
      httpStatus: entry.data.httpStatus,
      errorType: entry.data.errorType,
      severity: entry.data.severity,
      title: entry.data.title,
      summary: entry.data.summary,
      messages: entry.data.messages.map((m) => ({
        source: m.source,
        text: m.text,
        ...(m.exception ? { exception: m.exception } : {}),
      })),
    })),
  );
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
