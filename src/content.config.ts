/**
 * The typed contract of the site's content. A file that breaks a schema stops the build
 * with the file, the field and what was expected; rules that span several files (twins,
 * references, duplicates, links) are checked in src/lib/content/validate-content.ts. Bodies are
 * MDX rendered to static HTML as the content layer loads them (src/markdown/loader.ts).
 */
import { defineCollection } from 'astro:content';
import { idFromPath } from './lib/content/entry-ids';
import { staticMdx } from './markdown/loader';
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
