/**
 * `::example{file="openai/insufficient_quota/fixed.ts"}` puts the file
 * `examples/openai/insufficient_quota/fixed.ts` on the page as a code block. The page
 * shows the very file that tests/examples runs against the real SDK: one source, no
 * copy that can drift. A missing file stops the build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Code, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { exampleLanguage } from '~/lib/content/examples';

const examplesRoot = fileURLToPath(new URL('../../../examples/', import.meta.url));

export function remarkExamples() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
      if (node.name !== 'example' || !parent || index === undefined) return;
      const where = `${file.path}:${node.position?.start.line ?? '?'}`;
      const path = node.attributes?.file;
      if (!path)
        throw new Error(
          `${where}: ::example needs a file attribute, e.g. ::example{file="openai/insufficient_quota/fixed.ts"}`,
        );
      const lang = exampleLanguage(path);
      if (!lang) throw new Error(`${where}: ::example file "${path}": expected a .ts or .py file`);
      let source: string;
      try {
        source = readFileSync(examplesRoot + path, 'utf8');
      } catch {
        throw new Error(`${where}: ::example file "examples/${path}" does not exist`);
      }
      const code: Code = {
        type: 'code',
        lang,
        meta: `title="${path.split('/').pop()}"`,
        value: source.trimEnd(),
      };
      parent.children.splice(index, 1, code);
    });
  };
}
