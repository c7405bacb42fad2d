/**
 * Helpers for tests that read the built site in dist/ (built beforehand by scripts/test.mjs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTMLElement, Node, TextNode, parse } from 'node-html-parser';

export type { HTMLElement };

export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The built site; `SITE_DIST_DIR` points the tests at another build (e.g. a copy or a sub-path build). */
export const distDir = process.env.SITE_DIST_DIR
  ? resolve(process.env.SITE_DIST_DIR)
  : join(projectRoot, 'dist');

/** Throws a clear error when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `${distDir} has no built site. Build it first: \`ASTRO_TELEMETRY_DISABLED=1 npx astro build\` (or \`npm test\`, which builds before testing).`,
    );
  }
}

/**
 * The file in dist/ a site path is served from: `/en/` -> `dist/en/index.html`,
 * `/404.html` -> `dist/404.html`. Query and fragment are ignored.
 */
export function fileForPath(path: string): string {
  const pathname = decodeURIComponent(path.split(/[?#]/)[0]!);
  if (!pathname.startsWith('/')) throw new Error(`Expected a root-relative path, got "${path}"`);
  const target = join(distDir, pathname);
  if (pathname.endsWith('/')) return join(target, 'index.html');
  return target;
}

/** True when a root-relative URL path resolves to a file in dist/ (directories via index.html). */
export function pathExists(path: string): boolean {
  const file = fileForPath(path);
  if (!resolve(file).startsWith(distDir + sep)) return false;
  if (existsSync(file) && statSync(file).isFile()) return true;
  // `/foo` served as `/foo/` by a static host.
  const asDir = join(file, 'index.html');
  return !path.split(/[?#]/)[0]!.endsWith('/') && existsSync(asDir);
}

/** The HTML of a built page, e.g. readPage('/en/articles/openai-api-quota-error/'). */
export function readPage(path: string): string {
  const file = fileForPath(path);
  if (!existsSync(file))
    throw new Error(`No built page for ${path} (looked for ${relative(projectRoot, file)})`);
  return readFileSync(file, 'utf8');
}

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Every built HTML file, as absolute file paths, sorted. */
export function htmlFiles(): string[] {
  return walk(distDir, []).sort();
}

/** The site path of a built HTML file: dist/en/index.html -> /en/, dist/404.html -> /404.html. */
export function pathForFile(file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every built page as its site path. */
export function builtPages(): string[] {
  return htmlFiles().map(pathForFile);
}

/**
 * Built pages a reader reads: every page except those that only send the reader on
 * (short links and old URLs, src/lib/routing/redirects.ts), which carry a meta refresh and no
 * content. The root `/` is a redirect too but is kept: it is the site's front door.
 */
export function readingPages(): string[] {
  return builtPages().filter((path) => path === '/' || !/<meta http-equiv="refresh"/.test(readPage(path)));
}

/**
 * Parses HTML into a queryable tree (CSS selectors, textContent, getAttribute).
 * <pre> and <noscript> are parsed as markup; <script> and <style> stay raw text.
 */
export function parseHtml(html: string): HTMLElement {
  return parse(html, {
    comment: false,
    blockTextElements: { script: true, style: true },
  });
}

/** Parses a built page. */
export function loadPage(path: string): HTMLElement {
  return parseHtml(readPage(path));
}

/** One element by selector; throws naming the page and selector when it is missing. */
export function $(root: HTMLElement, selector: string, where = 'page'): HTMLElement {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`No element matches "${selector}" on ${where}`);
  return found;
}

/** All elements matching a selector. */
export function $$(root: HTMLElement, selector: string): HTMLElement[] {
  return root.querySelectorAll(selector);
}

/** Text of an element with whitespace collapsed. */
export function text(el: HTMLElement): string {
  return el.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * The prose a reader sees in <body>, one string per run of text: the text of <code> and
 * <pre> (and of script, style and template, which are not shown) is left out, and it and
 * every element that is not inline (a paragraph, a list item, a cell) end a run, so code
 * or the next block never joins the words around it.
 */
const inlineElements =
  /^(a|abbr|b|bdi|bdo|cite|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)$/i;

export function proseRuns(root: HTMLElement): string[] {
  const runs: string[] = [];
  let run = '';
  const end = () => {
    const collapsed = run.replace(/\s+/g, ' ').trim();
    if (collapsed) runs.push(collapsed);
    run = '';
  };
  const walk = (node: Node) => {
    if (node instanceof TextNode) {
      run += node.text;
      return;
    }
    if (node instanceof HTMLElement && /^(code|pre|script|style|template)$/i.test(node.tagName ?? '')) {
      end();
      return;
    }
    const block = node instanceof HTMLElement && !inlineElements.test(node.tagName ?? '');
    if (block) end();
    for (const child of node.childNodes) walk(child);
    if (block) end();
  };
  walk(root.querySelector('body') ?? root);
  end();
  return runs;
}

/**
 * The environment for an `astro build` started from a test: Vitest puts Vite's own
 * variables (BASE_URL, MODE, NODE_ENV=test, ...) into process.env, and a build that
 * inherits them ignores its configured base, so they are left out.
 */
export function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const injected = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
  for (const [key, value] of Object.entries(process.env)) if (!injected.test(key)) env[key] = value;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
