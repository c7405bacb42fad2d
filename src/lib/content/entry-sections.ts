/**
 * Reads parts of an entry's body that other outputs reuse as they are written, so nothing
 * is restated by hand: the numbered steps of the Quick fix section become the steps of the
 * entry's HowTo structured data.
 */
import type { List, ListItem } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { readSourceHeadings } from './headings';

export interface SourceSection {
  /** The heading's text, as written (without its `{#id}`). */
  heading: string;
  /** The Markdown between the heading and the next heading of the same or a higher level. */
  markdown: string;
}

/** The section whose heading has the explicit id `id`, or undefined when there is none. */
export function sectionById(body: string, id: string): SourceSection | undefined {
  const headings = readSourceHeadings(body);
  const index = headings.findIndex((h) => h.id === id);
  const heading = headings[index];
  if (!heading) return undefined;
  const next = headings.slice(index + 1).find((h) => h.depth <= heading.depth);
  const lines = body.split('\n');
  return {
    heading: heading.text.trim(),
    markdown: lines.slice(heading.line, next ? next.line - 1 : lines.length).join('\n'),
  };
}

/** Plain text of one list item: its paragraphs joined by a space, Markdown syntax removed. */
function itemText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => toString(child))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The items of the first numbered list in some Markdown, as plain text; [] when it has none. */
export function firstOrderedListItems(markdown: string): string[] {
  const tree = fromMarkdown(markdown);
  const list = tree.children.find((node): node is List => node.type === 'list' && node.ordered === true);
  return list ? list.children.map(itemText).filter((text) => text.length > 0) : [];
}

/** The Quick fix section's heading and its numbered steps; undefined when it has no numbered list. */
export function quickFixSteps(body: string): { heading: string; steps: string[] } | undefined {
  const section = sectionById(body, 'quick-fix');
  if (!section) return undefined;
  const steps = firstOrderedListItems(section.markdown);
  return steps.length > 0 ? { heading: section.heading, steps } : undefined;
}
