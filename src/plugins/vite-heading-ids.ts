/** Runs `escapeHeadingIds` on every .mdx file before the MDX compiler sees it. */
import type { Plugin } from 'vite';
import { escapeHeadingIds } from '../lib/headings';

export function viteHeadingIds(): Plugin {
  return {
    name: 'ai-error-guide:heading-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('.mdx')) return null;
      const escaped = escapeHeadingIds(code);
      return escaped === code ? null : { code: escaped, map: null };
    },
  };
}
