/**
 * A textlint plugin that reads content MDX as the site renders it (src/markdown/render.ts):
 * MDX, GFM, the CJK emphasis rules and `:::` directives. textlint-plugin-mdx stops on a
 * heading id (`{#id}` is a JavaScript expression to MDX) and reads `$10 … $0` as math;
 * textlint's Markdown plugin reads `:::note[Title]` and `{#id}` as prose.
 *
 * What it gives the rules: the prose of the body, with a callout's title as a heading (a
 * title, not a sentence); the frontmatter's `title`, `description` and `summary` as
 * paragraphs (readers see them); code, directives' attributes and heading ids not at all.
 * Offsets are those of the file, so messages name the right line and `--fix` edits it.
 */
import type { TxtDocumentNode, TxtNode } from '@textlint/ast-node-types';
import type { TextlintMessage, TextlintPluginCreator } from '@textlint/types';
import type { Node, Parent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { explicitIdPattern, readSourceHeadings } from '../../src/lib/content/headings.ts';

// The site's content syntax (contentSyntax() in src/markdown/render.ts), parse only.
const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use([remarkGfm, remarkCjkFriendly, remarkCjkFriendlyGfmStrikethrough])
  .use(remarkDirective);

/** mdast node types as textlint names them; others keep their mdast name (rules skip them). */
const txtTypes: Record<string, string> = {
  root: 'Document',
  paragraph: 'Paragraph',
  heading: 'Header',
  text: 'Str',
  inlineCode: 'Code',
  code: 'CodeBlock',
  strong: 'Strong',
  emphasis: 'Emphasis',
  delete: 'Delete',
  link: 'Link',
  image: 'Image',
  list: 'List',
  listItem: 'ListItem',
  blockquote: 'BlockQuote',
  thematicBreak: 'HorizontalRule',
  break: 'Break',
  html: 'Html',
  table: 'Table',
  tableRow: 'TableRow',
  tableCell: 'TableCell',
  linkReference: 'LinkReference',
  imageReference: 'ImageReference',
  definition: 'Definition',
  // MDX comments `{/* … */}`; other expressions stop the build anyway.
  mdxFlowExpression: 'Comment',
  mdxTextExpression: 'Comment',
};

/** Frontmatter fields a reader sees as prose. */
const proseFields = /^(title|description|summary):[ \t]*(["']?)(.*?)\2[ \t]*$/;

interface Field {
  kind: 'Header' | 'Paragraph';
  start: number;
  end: number;
}

/** The text with what the parser must not see (frontmatter, heading ids) blanked, same length. */
function blanked(text: string): { body: string; fields: Field[] } {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const fields: Field[] = [];
  let body = text;
  const lines = text.split('\n');
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    let offset = 0;
    for (const line of lines.slice(0, end + 1)) {
      const match = proseFields.exec(line);
      if (match && match[3]) {
        const start = offset + line.indexOf(match[3], match[1]!.length + 1);
        // A title is a heading; a description or summary is sentences.
        fields.push({
          kind: match[1] === 'title' ? 'Header' : 'Paragraph',
          start,
          end: start + match[3].length,
        });
      }
      offset += line.length + 1;
    }
    body = blank(text.slice(0, offset)) + text.slice(offset);
  }
  const bodyLines = body.split('\n');
  for (const heading of readSourceHeadings(text)) {
    if (heading.id === undefined) continue;
    const line = bodyLines[heading.line - 1]!;
    const id = explicitIdPattern.exec(line);
    if (id) bodyLines[heading.line - 1] = line.slice(0, id.index) + blank(id[0]);
  }
  return { body: bodyLines.join('\n'), fields };
}

/** Line (from 1) and column (from 0) of every offset. */
function locator(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! };
  };
}

export function parseMdx(text: string): TxtDocumentNode {
  const { body, fields } = blanked(text);
  const at = locator(text);
  const node = (type: string, start: number, end: number, extra: object = {}) => ({
    type,
    raw: text.slice(start, end),
    range: [start, end] as const,
    loc: { start: at(start), end: at(end) },
    ...extra,
  });

  const convert = (mdast: Node, parent?: Parent): TxtNode => {
    const start = mdast.position?.start.offset ?? 0;
    const end = mdast.position?.end.offset ?? start;
    const isLabel =
      mdast.type === 'paragraph' &&
      parent?.type === 'containerDirective' &&
      (mdast.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
    const type = isLabel ? 'Header' : (txtTypes[mdast.type] ?? mdast.type);
    const extra: Record<string, unknown> = {};
    if (type === 'Header' && isLabel) extra['depth'] = 6;
    if ('depth' in mdast) extra['depth'] = mdast.depth;
    if ('url' in mdast) extra['url'] = mdast.url;
    if ('value' in mdast && typeof mdast.value === 'string') extra['value'] = mdast.value;
    // Directives' attributes and leaf directives (`::example{file=…}`) are not prose.
    const children =
      'children' in mdast && mdast.type !== 'leafDirective'
        ? (mdast as Parent).children.map((child) => convert(child, mdast as Parent))
        : undefined;
    return node(type, start, end, children ? { ...extra, children } : extra) as unknown as TxtNode;
  };

  const content = convert(parser.parse(body)) as unknown as { children: TxtNode[] };
  const frontmatter = fields.map(({ kind, start, end }) =>
    node(kind, start, end, { children: [node('Str', start, end, { value: text.slice(start, end) })] }),
  );
  return node('Document', 0, text.length, {
    children: [...frontmatter, ...content.children],
  }) as unknown as TxtDocumentNode;
}

const plugin: TextlintPluginCreator = {
  Processor: class {
    availableExtensions() {
      return ['.mdx'];
    }
    processor() {
      return {
        preProcess: (text: string) => parseMdx(text),
        postProcess: (messages: TextlintMessage[], filePath?: string) => ({
          messages,
          filePath: filePath ?? '<mdx>',
        }),
      };
    }
  },
};

export default plugin;
