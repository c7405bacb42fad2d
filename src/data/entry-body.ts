/**
 * A content entry's rendered body, for its page: the HTML that src/markdown/loader.ts
 * rendered and kept on disk, the headings (for the table of contents) and what the
 * Markdown plugins noted. Also the facts read from the body (links, sections, reading
 * time), which the content checks and the metadata use.
 */
import type { MarkdownHeading } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { BodyFacts } from '~/lib/content/body-facts';
import type { StaticMdxMetadata } from '~/markdown/loader';
import { readRenderedHtml } from '~/markdown/rendered-html';

type ContentEntry =
  CollectionEntry<'articles'> | CollectionEntry<'errors'> | CollectionEntry<'providerPages'>;

function metadataOf(entry: ContentEntry): StaticMdxMetadata {
  const metadata = entry.rendered?.metadata as StaticMdxMetadata | undefined;
  if (!metadata?.htmlFile)
    throw new Error(
      `${entry.filePath ?? entry.id}: not loaded by the static-mdx loader (src/content.config.ts)`,
    );
  return metadata;
}

export interface EntryBody {
  html: string;
  headings: MarkdownHeading[];
  /** Whether the body has a checklist, so the page ships the script that keeps its ticks. */
  hasTaskList: boolean;
}

export async function entryBody(entry: ContentEntry): Promise<EntryBody> {
  const metadata = metadataOf(entry);
  return {
    html: await readRenderedHtml(metadata.htmlFile),
    headings: metadata.headings,
    hasTaskList: metadata.frontmatter.hasTaskList === true,
  };
}

export function entryFacts(entry: ContentEntry): BodyFacts {
  return metadataOf(entry).facts;
}
