/**
 * Content links are written root-relative (`/ja/errors/openai/insufficient_quota/`), as
 * the link check reads them. When the site is deployed under a sub-path (`base: '/kb/'`),
 * this prefixes them, so the same content works at `/` and at `/kb/`.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '~/lib/routing/routes';

export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    if (base === '/' || base === '') return;
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties?.[attribute];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          node.properties[attribute] = withBase(value, base);
        }
      }
    });
  };
}
