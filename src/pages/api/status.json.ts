/** `/api/status.json`: every HTTP status with the keys of its entries (src/lib/outputs/error-api.ts). */
import type { APIRoute } from 'astro';
import { loadStatusIndex } from '~/data/metadata';
import { jsonResponse } from '~/lib/outputs/json-response';

export const GET: APIRoute = async () => jsonResponse(await loadStatusIndex(), { readable: true });
