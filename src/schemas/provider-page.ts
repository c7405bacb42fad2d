import { z } from 'astro/zod';
import { localeSchema, providerSchema, text } from './shared';

/**
 * Frontmatter of a provider's page: `content/providers/<provider>.<lang>.mdx`. The body
 * says how to recognise the provider's errors (hosts, SDK names, error body) and how
 * they differ from the providers they resemble; the page lists the entries below it.
 */
export const providerPageSchema = z.strictObject({
  /** The provider the page is about; must match the file name. */
  provider: providerSchema,
  /** Language of the text; must match the file name's language suffix. */
  lang: localeSchema,
  /** One sentence for lists, the page's description and previews. */
  summary: text('a one-sentence summary of 20-320 characters')
    .min(20, 'expected at least 20 characters')
    .max(320, 'expected at most 320 characters'),
  /** The provider's own page on its errors, linked from the page. */
  errorDocs: z.url({ error: 'expected an absolute https URL' }),
});

export type ProviderPageData = z.infer<typeof providerPageSchema>;
