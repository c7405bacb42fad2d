/**
 * A link to every h2 and h3, so a reader can link a forum post to one section. The link
 * sits beside the heading, not inside it, so the heading's text (and the table of
 * contents made from it) stays clean. Headings get their ids first (explicit `{#id}`
 * or a slug), the same ids Astro reports.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '~/i18n/ui';
import { langFromContentPath } from '~/lib/content/content-lang';

export function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const strings = t(langFromContentPath(file.path));
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !(node.tagName === 'h2' || node.tagName === 'h3')) return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['heading-anchor'],
          href: `#${id}`,
          ariaLabel: strings.linkToSection(toString(node)),
          dataHeadingLink: '',
          // Not words of the page: kept out of the search index and its excerpts.
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '#' }],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, anchor],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
