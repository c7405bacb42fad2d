/** `/api/errors.schema.json`: the JSON Schema of /api/errors.json and of each per-entry file. */
import type { APIRoute } from 'astro';
import { errorApiSchema, jsonResponse } from '../../data/metadata';

export const GET: APIRoute = () => jsonResponse(errorApiSchema());
