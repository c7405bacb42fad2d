/** `/api/errors/<provider>/<code>.json`: one entry's record, the same object as in /api/errors.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadErrorRecords } from '~/data/metadata';
import { jsonResponse } from '~/lib/outputs/json-response';
import type { ErrorRecord } from '~/lib/outputs/error-api';
import { codeSlug } from '~/lib/routing/routes';

export const getStaticPaths = (async () => {
  const records = await loadErrorRecords();
  return records.map((record) => ({
    params: { provider: record.provider, code: codeSlug(record.code) },
    props: { record },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  jsonResponse((props as { record: ErrorRecord }).record, { readable: true });
