/** `/search/matcher.json`: the matcher's core, fetched by the search island on first use. */
import type { APIRoute } from 'astro';
import { json, loadSearchData } from '../../data/search-data';

export const GET: APIRoute = async () => json((await loadSearchData()).core);
