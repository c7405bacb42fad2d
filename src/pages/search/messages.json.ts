/** `/search/messages.json`: the matcher's message templates, fetched for long pastes only. */
import type { APIRoute } from 'astro';
import { json, loadSearchData } from '../../data/search-data';

export const GET: APIRoute = async () => json((await loadSearchData()).messages);
