import { z } from 'astro/zod';
import {
  aliasSchema,
  articleIdSchema,
  categorySchema,
  dateSchema,
  errorKeySchema,
  localeSchema,
  slugSchema,
  tagSchema,
  text,
} from './shared';

/** Frontmatter of a long-form article: `content/articles/<lang>/<file>.mdx`. */
export const articleSchema = z.strictObject({
  /** The headline, also the `<title>` and the preview card's text. */
  title: text('a title').min(1),
  /** One or two sentences shown in lists, search results and link previews. */
  description: text('a description of 20-320 characters')
    .min(20, 'expected at least 20 characters')
    .max(320, 'expected at most 320 characters'),
  /** First publication date. */
  date: dateSchema,
  /** Date of the last substantial revision, when there was one. */
  updated: dateSchema.optional(),
  /** Language of the text; must match the folder the file is in. */
  lang: localeSchema,
  /** The URL segment: `/<lang>/articles/<slug>/`. Never change it once published. */
  slug: slugSchema,
  /** Topic tags, from the list in src/site.config.ts. */
  tags: z.array(tagSchema).default([]),
  /** Categories, from the list in src/site.config.ts. */
  categories: z.array(categorySchema).default([]),
  /** Id (`<lang>/<file>`) of the same article in the other language. */
  twin: articleIdSchema.optional(),
  /** Error entries this article is about, by key `<provider>/<code>`. */
  relatedErrors: z.array(errorKeySchema).default([]),
  /** Old URLs of this article; each redirects here. Must not be any other page or alias. */
  aliases: z.array(aliasSchema).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
