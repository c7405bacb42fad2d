/** `/api/errors.json`: every error entry as one record (src/lib/error-api.ts). */
import type { APIRoute } from 'astro';
import { jsonResponse, loadErrorIndex } from '../../data/metadata';

export const GET: APIRoute = async () => jsonResponse(await loadErrorIndex());
