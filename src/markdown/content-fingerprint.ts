/**
 * A hash of everything besides a content file that decides its entry: the code that
 * loads, checks and renders it (src/content.config.ts, astro.config.mjs and
 * ec.config.mjs, with every project file they import, followed import by import: the
 * schemas, the loader, the Markdown plugins, the words they use) and the installed
 * packages. It is part of each entry's digest, so a change to any of them loads every
 * entry again and nothing stale is served from the content layer's cache, while a change
 * elsewhere (a template, the search island) keeps the cache. Astro itself only notices a
 * change to src/content.config.ts or astro.config.mjs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const entryPoints = ['src/content.config.ts', 'astro.config.mjs', 'ec.config.mjs'];
// What npm installed (the lockfile may be absent in copies of the site).
const packages = 'node_modules/.package-lock.json';

// Relative imports and the `~/` alias of tsconfig.json (src/).
const projectImport = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]((?:\.{1,2}|~)\/[^'"]+)['"]/g;
const extensions = ['', '.ts', '.mjs', '.js', '/index.ts'];

function resolveImport(root: string, fromFile: string, specifier: string): string | undefined {
  const base = specifier.startsWith('~/')
    ? join(root, 'src', specifier.slice(2))
    : join(dirname(fromFile), specifier);
  return extensions.map((ext) => base + ext).find((file) => existsSync(file) && statSync(file).isFile());
}

/** The project files `entryPoints` import, directly or not (relative and `~/` imports). */
export function importedFiles(root: string, entries = entryPoints): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => join(root, entry)).filter((file) => existsSync(file));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(projectImport)) {
      const target = resolveImport(root, file, specifier!);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}

let cached: { root: string; value: string } | undefined;

export function contentFingerprint(root: string): string {
  if (cached?.root === root) return cached.value;
  const hash = createHash('sha256');
  const files = [...importedFiles(root), join(root, packages)].filter((file) => existsSync(file));
  for (const file of files)
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  cached = { root, value: hash.digest('hex') };
  return cached.value;
}
