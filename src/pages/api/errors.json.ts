/** `/api/errors.json`: every error entry as one record (src/lib/outputs/error-api.ts). */
import type { APIRoute } from 'astro';
import { loadErrorIndex } from '~/data/metadata';
import { jsonResponse } from '~/lib/outputs/json-response';

export const GET: APIRoute = async () => jsonResponse(await loadErrorIndex(), { readable: true });
