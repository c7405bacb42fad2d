/**
 * Container directives in content:
 *
 *   :::note / :::tip / :::caution / :::danger   an accessible callout (`role="note"`),
 *                                               with an optional title: `:::note[Title]`
 *   :::broken[Label] / :::fixed[Label]          a labelled code example pair
 *
 * An unknown container directive stops the build (Astro's default would drop it
 * silently). A stray `:word` in prose that remark-directive reads as a text or leaf
 * directive is put back as the text it was.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit, SKIP } from 'unist-util-visit';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { t } from '~/i18n/ui';
import { langFromContentPath } from '~/lib/content/content-lang';

export const calloutKinds = ['note', 'tip', 'caution', 'danger'] as const;
export const exampleKinds = ['broken', 'fixed'] as const;
type CalloutKind = (typeof calloutKinds)[number];
type ExampleKind = (typeof exampleKinds)[number];

function isCallout(name: string): name is CalloutKind {
  return (calloutKinds as readonly string[]).includes(name);
}
function isExample(name: string): name is ExampleKind {
  return (exampleKinds as readonly string[]).includes(name);
}

/** Takes the `[label]` paragraph remark-directive puts first, if any. */
function takeLabel(node: ContainerDirective): PhrasingContent[] | undefined {
  const first = node.children[0];
  if (first?.type === 'paragraph' && first.data && 'directiveLabel' in first.data) {
    node.children.shift();
    return first.children;
  }
  return undefined;
}

function element(tagName: string, properties: Record<string, unknown>, children: RootContent[]) {
  return {
    type: 'paragraph',
    data: { hName: tagName, hProperties: properties },
    children,
  } as unknown as RootContent;
}

function directiveAsText(node: TextDirective | LeafDirective): PhrasingContent[] {
  const marker = node.type === 'leafDirective' ? '::' : ':';
  const label = node.children.length
    ? [{ type: 'text', value: '[' } as const, ...node.children, { type: 'text', value: ']' } as const]
    : [];
  return [{ type: 'text', value: marker + node.name }, ...label] as PhrasingContent[];
}

export function remarkCallouts() {
  return (tree: Root, file: VFile) => {
    const strings = t(langFromContentPath(file.path));
    visit(tree, (node, index, parent) => {
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        if (!parent || index === undefined) return;
        const replacement = directiveAsText(node);
        if (node.type === 'leafDirective') {
          parent.children.splice(index, 1, { type: 'paragraph', children: replacement } as never);
        } else {
          parent.children.splice(index, 1, ...(replacement as never[]));
        }
        return [SKIP, index + replacement.length];
      }
      if (node.type !== 'containerDirective') return;
      const directive = node;
      const position = directive.position?.start;
      const where = `${file.path}${position ? `:${position.line}:${position.column}` : ''}`;
      if (isCallout(directive.name)) {
        const label = takeLabel(directive);
        const kind = directive.name;
        const title = label ?? [{ type: 'text', value: strings.callout[kind] }];
        directive.data = {
          hName: 'div',
          hProperties: { role: 'note', className: ['callout', `callout-${kind}`], dataCallout: kind },
        };
        directive.children.unshift(element('p', { className: ['callout-title'] }, title) as never);
        return;
      }
      if (isExample(directive.name)) {
        const label = takeLabel(directive);
        const kind = directive.name;
        const caption: RootContent[] = [
          element('span', { className: ['example-kind'] }, [
            { type: 'text', value: strings[kind] },
          ] as RootContent[]),
          ...(label ? [element('span', { className: ['example-label'] }, label)] : []),
        ];
        directive.data = {
          hName: 'figure',
          hProperties: { className: ['example', `example-${kind}`], dataExample: kind },
        };
        directive.children.unshift(element('figcaption', {}, caption) as never);
        return;
      }
      throw new Error(
        `${where}: unknown directive ":::${directive.name}". Expected one of: ` +
          [...calloutKinds, ...exampleKinds].map((k) => `:::${k}`).join(', '),
      );
    });
  };
}
