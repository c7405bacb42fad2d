/**
 * The typed contract of the site's content. A file that breaks a schema stops the build
 * with the file, the field and what was expected; rules that span several files (twins,
 * references, duplicates, links) are checked in src/lib/validate-content.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { idFromPath } from './lib/entry-ids';
import { articleSchema } from './schemas/article';
import { errorEntrySchema } from './schemas/error-entry';

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/articles',
    generateId: ({ entry }) => idFromPath(entry),
  }),
  schema: articleSchema,
});

const errors = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/errors',
    generateId: ({ entry }) => idFromPath(entry),
  }),
  schema: errorEntrySchema,
});

export const collections = { articles, errors };
