/**
 * Makes Expressive Code's output valid HTML, as the W3C Nu HTML Checker reads it
 * (tests/build/html-validator.test.ts), without changing how code blocks look or work.
 *
 * What Expressive Code 0.44 emits, and what this changes:
 * - `<div>` lines inside `<pre><code>`, and a `<div>` inside the copy `<button>`: both only
 *   allow phrasing content, so they become `<span>`s. The lines are grid items (styled by
 *   class) and the button's backdrop is absolutely positioned, so both still lay out as
 *   blocks; the stylesheet's `button div` selectors are rewritten to `button span`.
 * - The copy button keeps the code in `data-code` with newlines replaced by U+007F, a
 *   code point HTML forbids. Newlines are allowed in attribute values, so the code is kept
 *   as it is; the copy script's U+007F-to-newline replacement then has nothing to do.
 * - Token colours are set with custom properties named `--0`, `--1` (one per theme).
 *   Those are valid CSS, but the checker's CSS parser rejects a custom property name that
 *   starts with a digit; renaming them `--ec-t0`, `--ec-t1` in both the markup and the
 *   stylesheet costs nothing and keeps the checker's CSS checks switched on.
 *
 * Each stylesheet rewrite must find what it rewrites: if an Expressive Code upgrade
 * changes its CSS, the build stops here instead of shipping unstyled code blocks.
 */
import type { Element, ElementContent, Root } from 'hast';
import { createRenderer, type ExpressiveCodePlugin } from 'astro-expressive-code';

/** Tags whose content model is phrasing only, among those Expressive Code nests blocks in. */
const phrasingOnly = new Set(['pre', 'code', 'button']);

/** `--0:#fff;--1:#000` -> `--ec-t0:#fff;--ec-t1:#000` */
export function renameTokenVariablesInStyle(style: string): string {
  return style.replace(/(^|;)\s*--(\d+)/g, '$1--ec-t$2');
}

function rewrite(css: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(css)) {
    throw new Error(
      `src/markdown/plugins/expressive-code-valid-html.ts: Expressive Code's stylesheet no longer contains ${what} ` +
        `(${pattern}); update the rewrite to match the new CSS.`,
    );
  }
  return css.replace(pattern, replacement);
}

/** The stylesheet counterpart of the markup changes made by `pluginValidHtml`. */
export function validHtmlStyles(baseStyles: string, themeStyles: string) {
  const renameVars = (css: string) => css.replace(/var\(--(\d+)(bg|fs|fw|td)?(?=[,)])/g, 'var(--ec-t$1$2');
  const base = rewrite(
    baseStyles,
    /(\.copy button[^{},]*) div(?=[,{])/g,
    '$1 span',
    'the copy button backdrop rule ".copy button div"',
  );
  const all = base + themeStyles;
  if (!/var\(--\d+(bg|fs|fw|td)?[,)]/.test(all)) {
    throw new Error(
      "src/markdown/plugins/expressive-code-valid-html.ts: Expressive Code's stylesheet no longer uses the token variables var(--0); update renameVars.",
    );
  }
  return { baseStyles: renameVars(base), themeStyles: renameVars(themeStyles) };
}

function transform(node: Element, insidePhrasing: boolean): void {
  if (insidePhrasing && node.tagName === 'div') node.tagName = 'span';
  const style = node.properties['style'];
  if (typeof style === 'string' && style.startsWith('--')) {
    node.properties['style'] = renameTokenVariablesInStyle(style);
  }
  const code = node.properties['dataCode'];
  if (node.tagName === 'button' && typeof code === 'string') {
    node.properties['dataCode'] = code.replace(/\u007f/g, '\n');
  }
  const childInsidePhrasing = insidePhrasing || phrasingOnly.has(node.tagName);
  for (const child of node.children) {
    if (child.type === 'element') transform(child, childInsidePhrasing);
  }
}

/** Applies the markup changes to a rendered block (exported for the unit tests). */
export function makeBlockValid(block: Element | Root | ElementContent): void {
  if (block.type === 'element') transform(block, false);
  else if (block.type === 'root') {
    for (const child of block.children) if (child.type === 'element') transform(child, false);
  }
}

/** Runs after the default plugins (frames adds the copy button), so it sees the final block. */
export function pluginValidHtml(): ExpressiveCodePlugin {
  return {
    name: 'valid-html',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => makeBlockValid(renderData.blockAst),
    },
  };
}

/** For `customCreateRenderer` in ec.config.mjs: Expressive Code's renderer with the stylesheet rewritten. */
export async function createValidHtmlRenderer(
  options: Parameters<typeof createRenderer>[0],
): ReturnType<typeof createRenderer> {
  const renderer = await createRenderer(options);
  return { ...renderer, ...validHtmlStyles(renderer.baseStyles, renderer.themeStyles) };
}
