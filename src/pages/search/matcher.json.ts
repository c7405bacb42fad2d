/** `/search/matcher.json`: the matcher's core, fetched by the search island on first use. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '~/lib/outputs/json-response';
import { loadSearchData } from '~/search/search-data-build';

export const GET: APIRoute = async () => jsonResponse((await loadSearchData()).core);
