/** `/api/errors/<provider>/<code>.json`: one entry's record, the same object as in /api/errors.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, loadErrorRecords } from '../../../../data/metadata';
import type { ErrorRecord } from '../../../../lib/error-api';
import { codeSlug } from '../../../../lib/routes';

export const getStaticPaths = (async () => {
  const records = await loadErrorRecords();
  return records.map((record) => ({
    params: { provider: record.provider, code: codeSlug(record.code) },
    props: { record },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse((props as { record: ErrorRecord }).record);
