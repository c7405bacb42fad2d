/**
 * Content is MDX rendered to static HTML when the content layer loads it (see
 * src/markdown/loader.ts), so no page needs a component runtime. This plugin runs
 * right after the MDX parser and keeps what has a static meaning:
 *
 *   <kbd>Ctrl</kbd>, <br />, <abbr title="...">   HTML elements with literal attributes
 *   {/* a comment *\/}                          dropped
 *
 * An image must be a root-relative path to a file in public/ (`/images/x.png`) or a URL:
 * nothing bundles images next to the file.
 *
 * Anything that needs JavaScript to mean something (`import`/`export`, a `{expression}`,
 * a `<Component>`, an attribute written `{...}`) stops the build with the file, the line
 * and what to write instead: the site's directives (`:::note`, `::example{file=...}`) do
 * what components would.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Brings in the mdast node types of remark-mdx and the hName/hProperties fields.
import type {} from 'mdast-util-mdx';
import type {} from 'mdast-util-to-hast';

const commentOnly = /^\s*\/\*[\s\S]*\*\/\s*$/;

export class StaticMdxError extends Error {}

function fail(
  file: VFile,
  node: { position?: { start: { line: number } } | undefined },
  what: string,
): never {
  throw new StaticMdxError(`${file.path}:${node.position?.start.line ?? '?'}: ${what}`);
}

function attributeValue(
  file: VFile,
  element: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
): [string, string | true] {
  if (attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object') {
    fail(
      file,
      attribute,
      `the attribute ${attribute.type === 'mdxJsxAttribute' ? `"${attribute.name}" ` : ''}of <${element}> is a JavaScript expression; content is static, so write its value as a string (name="value")`,
    );
  }
  return [attribute.name === 'className' ? 'class' : attribute.name, attribute.value ?? true];
}

export function remarkStaticMdx() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      switch (node.type) {
        case 'mdxjsEsm':
          return fail(
            file,
            node,
            '`import` and `export` are not available in content: pages are rendered to static HTML. Use a directive (:::note, ::example{file="..."}) instead of a component.',
          );
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!commentOnly.test(node.value))
            fail(
              file,
              node,
              `the expression {${node.value.trim().slice(0, 40)}} needs JavaScript; content is static. Write the text itself, or escape the brace as \\{ to show it.`,
            );
          parent!.children.splice(index!, 1);
          return [SKIP, index!];
        case 'image':
          if (!/^(\/|https?:\/\/)/.test(node.url))
            fail(
              file,
              node,
              `the image "${node.url}" must be a root-relative path to a file in public/ (e.g. /images/example.png) or an https:// URL`,
            );
          return undefined;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name;
          if (!name || !/^[a-z][a-z0-9-]*$/.test(name))
            fail(
              file,
              node,
              `<${name ?? ''}> is a component (or a fragment); content is static HTML, so only HTML elements such as <kbd> work. Use a directive (:::note, :::tip, ::example{file="..."}) for callouts and examples.`,
            );
          const properties = Object.fromEntries(
            node.attributes.map((attribute) => attributeValue(file, name, attribute)),
          );
          // mdast-util-to-hast turns a node with hName into that element, children and all.
          node.data = { ...node.data, hName: name, hProperties: properties };
          return undefined;
        }
        default:
          return undefined;
      }
    });
  };
}
