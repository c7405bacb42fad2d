import { z } from 'astro/zod';
import { categoryIds, locales, providerIds, tagIds } from '~/site.config';

/** Says "required" for a missing field, else defers to the schema's own message. */
function requiredMessage(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `required: expected ${expected}` : undefined;
}

/** A zod enum over a non-empty list of string keys (the lists live in site.config.ts). */
export function oneOf<T extends string>(values: readonly T[]) {
  return z.enum(values as [T, ...T[]], {
    error: requiredMessage(`one of ${values.map((v) => `"${v}"`).join('|')}`),
  });
}

/** Required text, with what it should say in the message when it is missing or not text. */
export function text(expected: string) {
  return z.string({
    error: (issue) =>
      requiredMessage(expected)(issue) ??
      (issue.code === 'invalid_type' ? `expected ${expected} as text, got ${typeof issue.input}` : undefined),
  });
}

export const localeSchema = oneOf(locales);
export const providerSchema = oneOf(providerIds);
export const tagSchema = oneOf(tagIds);
export const categorySchema = oneOf(categoryIds);

/** A lowercase, hyphenated URL segment such as `openai-api-quota-error`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase letters, digits and single hyphens');

/** A reference to an error entry by key, `<provider>/<code>`, e.g. `openai/insufficient_quota`. */
export const errorKeySchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*\/[a-z0-9_.-]+$/,
    'expected an error key "<provider>/<code>" in lowercase, e.g. "openai/insufficient_quota"',
  );

/** A reference to an article by id, `<lang>/<file>`, e.g. `en/openai-api-quota-error`. */
export const articleIdSchema = z
  .string()
  .regex(
    /^[a-z]{2}\/[a-z0-9-]+$/,
    'expected an article id "<lang>/<file name>", e.g. "en/openai-api-quota-error"',
  );

/** A calendar date; YAML dates and ISO strings both work. */
export const dateSchema = z.coerce.date({ error: 'expected a date such as 2025-12-18' });

/** An old URL of a page, root-relative, ending with `/`: it redirects to the page. */
export const aliasSchema = z
  .string()
  .regex(
    /^\/(?:[A-Za-z0-9._~-]+\/)+$/,
    'expected a root-relative path ending with "/", e.g. "/errors/insufficient-quota/"',
  );
