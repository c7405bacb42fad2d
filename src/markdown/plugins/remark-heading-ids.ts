/**
 * Explicit heading ids: `## Quick fix {#quick-fix}`. An explicit id survives edits to the
 * heading's wording and is shared by both languages, so a link to `#quick-fix` posted in
 * a forum keeps working after a translation is revised. Headings without one get a slug
 * from Astro.
 *
 * The renderer escapes the brace before MDX parses the file (`escapeHeadingIds` in
 * src/lib/content/headings.ts, called by src/markdown/render.ts), so the id arrives as
 * the end of the heading's last text node.
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
// Brings in the hName/hProperties fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';
import { explicitIdPattern } from '~/lib/content/headings';

export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = explicitIdPattern.exec(last.value);
      if (!match) return;
      const id = match[1]!;
      last.value = last.value.slice(0, match.index);
      heading.data ??= {};
      heading.data.hProperties = { ...heading.data.hProperties, id };
    });
  };
}
