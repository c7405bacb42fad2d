/**
 * The content loader: every `.mdx` file under `base` becomes an entry whose body is
 * rendered to HTML here, while the content layer syncs, instead of being compiled into
 * the site's JavaScript bundle as @astrojs/mdx does for each file. A 10,000-page site then
 * builds in bounded memory, and an unchanged file is not rendered again: an entry's
 * digest covers the file, the example files it shows and the rendering code, and its HTML
 * is kept under that digest (src/markdown/rendered-html.ts).
 *
 * An entry stores its data, its headings, what plugins noted (`hasTaskList`), facts read
 * from the body (src/lib/content/body-facts.ts) and the path of its HTML, not the body or the
 * HTML themselves: pages get the HTML from src/data/entry-body.ts, not from `render()`.
 *
 * Problems stop the build naming the file: schema errors (through `parseData`, as the
 * glob loader reports them), MDX syntax errors with their line, and what
 * remark-static-mdx or the site's plugins reject.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import { bodyFacts, type BodyFacts } from '~/lib/content/body-facts';
import { referencedExamples } from '~/lib/content/examples';
import { createStaticMdxRenderer } from './render';
import { hasRenderedHtml, pruneRenderedHtml, renderedHtmlFile, writeRenderedHtml } from './rendered-html';
import { contentFingerprint } from './content-fingerprint';

export interface StaticMdxOptions {
  /** The folder of the collection's files, relative to the project root. */
  base: string;
  /** The entry id of a file, from its path relative to `base` (e.g. `en/some-article.mdx`). */
  generateId: (relativePath: string) => string;
}

/** What an entry keeps in `rendered.metadata`; read through src/data/entry-body.ts. */
export interface StaticMdxMetadata {
  headings: MarkdownHeading[];
  /** What plugins wrote for the page, e.g. `hasTaskList`. */
  frontmatter: Record<string, unknown>;
  facts: BodyFacts;
  /** The rendered HTML's file. */
  htmlFile: string;
}

type Renderer = ReturnType<typeof createStaticMdxRenderer>;
let renderer: Renderer | undefined;

/** Files rendered at once: rendering is mostly CPU, a few overlap the file reads. */
const concurrency = 4;

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => p.replaceAll('\\', '/'))
    .filter((p) => p.endsWith('.mdx'))
    .sort();
}

/** Adds the file and line to a parser's message when it has them but not the file. */
function located(error: unknown, file: string): Error {
  const e = error as Error & { line?: number; column?: number; reason?: string };
  if (e instanceof Error && e.message.includes(file)) return e;
  const where = e.line ? `${file}:${e.line}${e.column ? `:${e.column}` : ''}` : file;
  const wrapped = new Error(`${where}: ${e.reason ?? e.message ?? String(error)}`);
  wrapped.stack = `${wrapped.message}\n${e.stack?.split('\n').slice(1).join('\n') ?? ''}`;
  return wrapped;
}

export function staticMdx(options: StaticMdxOptions): Loader {
  return {
    name: 'ai-error-guide:static-mdx',
    load: async (context: LoaderContext) => {
      const { collection, config, store, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const cacheDir = fileURLToPath(config.cacheDir);
      const baseDir = join(root, options.base);
      const examplesDir = join(root, 'examples');
      renderer ??= createStaticMdxRenderer(config);
      const fingerprint = contentFingerprint(root);
      /** Entry ids by the example files they show, so an edited example re-renders them (dev). */
      const idsByExample = new Map<string, Set<string>>();

      let renderedCount = 0;
      async function sync(relativePath: string): Promise<string> {
        const absolute = join(baseDir, relativePath);
        const filePath = relative(root, absolute).replaceAll('\\', '/');
        const id = options.generateId(relativePath);
        const source = await readFile(absolute, 'utf8');
        const examples = referencedExamples(source);
        for (const example of examples) {
          let ids = idsByExample.get(example);
          if (!ids) idsByExample.set(example, (ids = new Set()));
          ids.add(id);
        }
        const exampleSources = examples.map((example) => {
          const path = join(examplesDir, example);
          return `${example}\n${existsSync(path) ? readFileSync(path, 'utf8') : '(missing)'}`;
        });
        const digest = context.generateDigest([fingerprint, source, ...exampleSources].join('\0'));
        const htmlFile = renderedHtmlFile(cacheDir, digest);
        if (store.get(id)?.digest === digest && hasRenderedHtml(htmlFile)) return id;
        const { frontmatter, content } = parseFrontmatter(source);
        const data = await context.parseData({ id, data: frontmatter, filePath: absolute });
        let rendered;
        try {
          rendered = await renderer!(source, filePath);
        } catch (error) {
          throw located(error, filePath);
        }
        writeRenderedHtml(htmlFile, rendered.html);
        const metadata: StaticMdxMetadata = {
          headings: rendered.headings,
          frontmatter: rendered.frontmatter,
          facts: bodyFacts(content, source),
          htmlFile,
        };
        // `html` stays empty: the page reads `htmlFile` (see the header).
        store.set({ id, data, filePath, digest, rendered: { html: '', metadata: { ...metadata } } });
        renderedCount++;
        return id;
      }

      const files = listMdx(baseDir);
      if (files.length === 0) logger.warn(`No .mdx files in ${options.base}`);
      const started = performance.now();
      let reported = started;
      const seen = new Set<string>();
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < files.length) {
            seen.add(await sync(files[next++]!));
            if (performance.now() - reported > 10_000) {
              reported = performance.now();
              logger.info(`${collection}: ${seen.size} of ${files.length} files loaded`);
            }
          }
        }),
      );
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      pruneRenderedHtml(cacheDir);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info(
        `${collection}: ${files.length} files in ${seconds} s: ${renderedCount} rendered, ${files.length - renderedCount} unchanged since the last build`,
      );

      if (!watcher) return;
      // `astro dev`: re-render what changed, as the glob loader does for its files.
      watcher.add([baseDir, examplesDir]);
      const resync = async (path: string) => {
        try {
          if (path.startsWith(baseDir) && path.endsWith('.mdx')) {
            await sync(relative(baseDir, path).replaceAll('\\', '/'));
          } else if (path.startsWith(examplesDir)) {
            // Only the entries that show this example (each collection's loader has its own).
            const example = relative(examplesDir, path).replaceAll('\\', '/');
            const ids = idsByExample.get(example);
            if (!ids) return;
            for (const file of listMdx(baseDir)) if (ids.has(options.generateId(file))) await sync(file);
          } else return;
          logger.info(`Reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', (path) => void resync(path));
      watcher.on('add', (path) => void resync(path));
      watcher.on('unlink', (path) => {
        if (path.startsWith(baseDir) && path.endsWith('.mdx'))
          store.delete(options.generateId(relative(baseDir, path).replaceAll('\\', '/')));
      });
    },
  };
}
