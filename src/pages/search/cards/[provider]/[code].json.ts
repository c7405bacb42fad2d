/** `/search/cards/<provider>/<code>.json`: what an exact match shows for one entry. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '~/lib/outputs/json-response';
import { loadSearchData } from '~/search/search-data-build';

export const getStaticPaths = (async () => {
  const { cards } = await loadSearchData();
  return Object.values(cards).map((card) => {
    const [provider, code] = card.key.split('/') as [string, string];
    return { params: { provider, code }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.card);
