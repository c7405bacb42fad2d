/** `/search/messages.json`: the matcher's message templates, fetched for long pastes only. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '~/lib/outputs/json-response';
import { loadSearchData } from '~/search/search-data-build';

export const GET: APIRoute = async () => jsonResponse((await loadSearchData()).messages);
