/**
 * GFM task lists become a checklist readers can tick. Each checkbox is wrapped with its
 * text in a `<label>` (so it has an accessible name and a larger click target) and the
 * list is wrapped in `<task-list>`, a custom element that enables the boxes and keeps
 * their state per page. Without JavaScript the boxes stay disabled: a readable list.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

function hasClass(node: Element, name: string): boolean {
  const cls = node.properties?.className;
  return Array.isArray(cls) && cls.includes(name);
}

export function rehypeTaskLists() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (!(node.tagName === 'ul' || node.tagName === 'ol') || !hasClass(node, 'contains-task-list')) return;
      for (const item of node.children) {
        if (item.type !== 'element' || item.tagName !== 'li') continue;
        // Loose lists put the checkbox inside a <p>; tight lists put it directly in the <li>.
        const holder =
          item.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p') ?? item;
        const inputIndex = holder.children.findIndex((c) => c.type === 'element' && c.tagName === 'input');
        if (inputIndex === -1) continue;
        const input = holder.children[inputIndex] as Element;
        input.properties = { ...input.properties, type: 'checkbox', disabled: true };
        const rest = holder.children.slice(inputIndex + 1);
        const label: Element = {
          type: 'element',
          tagName: 'label',
          properties: {},
          children: [input, ...rest],
        };
        holder.children.splice(inputIndex, holder.children.length - inputIndex, label);
      }
      const wrapper: Element = { type: 'element', tagName: 'task-list', properties: {}, children: [node] };
      parent.children[index] = wrapper;
      // Tells the layout to ship the checklist script; pages without a list ship none.
      const astroData = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
      (astroData.frontmatter ??= {}).hasTaskList = true;
      return 'skip';
    });
  };
}
