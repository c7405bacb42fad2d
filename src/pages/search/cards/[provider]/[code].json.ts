/** `/search/cards/<provider>/<code>.json`: what an exact match shows for one entry. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, loadSearchData } from '../../../../data/search-data';

export const getStaticPaths = (async () => {
  const { cards } = await loadSearchData();
  return Object.values(cards).map((card) => {
    const [provider, code] = card.key.split('/') as [string, string];
    return { params: { provider, code }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.card);
