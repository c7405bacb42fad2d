/** `/api/errors.schema.json`: the JSON Schema of /api/errors.json and of each per-entry file. */
import type { APIRoute } from 'astro';
import { errorApiSchema } from '~/data/metadata';
import { jsonResponse } from '~/lib/outputs/json-response';

export const GET: APIRoute = () => jsonResponse(errorApiSchema(), { readable: true });
