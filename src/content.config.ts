/**
 * The typed contract of the site's content. A file that breaks a schema stops the build
 * with the file, the field and what was expected; rules that span several files (twins,
 * references, duplicates, links) are checked in src/lib/validate-content.ts. Bodies are
 * MDX rendered to static HTML as the content layer loads them (src/loaders/static-mdx.ts).
 */
import { defineCollection } from 'astro:content';
import { idFromPath } from './lib/entry-ids';
import { staticMdx } from './loaders/static-mdx';
import { articleSchema } from './schemas/article';
import { errorEntrySchema } from './schemas/error-entry';
import { providerPageSchema } from './schemas/provider-page';

const articles = defineCollection({
  loader: staticMdx({ base: 'content/articles', generateId: idFromPath }),
  schema: articleSchema,
});

const errors = defineCollection({
  loader: staticMdx({ base: 'content/errors', generateId: idFromPath }),
  schema: errorEntrySchema,
});

const providerPages = defineCollection({
  loader: staticMdx({ base: 'content/providers', generateId: idFromPath }),
  schema: providerPageSchema,
});

export const collections = { articles, errors, providerPages };
