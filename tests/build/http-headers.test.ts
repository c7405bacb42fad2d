/**
 * dist/_headers promises a year of caching for some paths: every file there must have a
 * content hash in its name, or readers would keep a stale copy after a deploy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { immutablePaths, matchesHeaderPath, parseHeadersFile } from '~/lib/outputs/http-headers';
import { assertBuilt, distDir } from '../support/site';

beforeAll(() => assertBuilt());

it('marks exactly the hashed folders immutable, and every file they cover carries a hash', () => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const immutable = rules.filter((r) => r.headers['Cache-Control']?.includes('immutable')).map((r) => r.path);
  expect(immutable).toEqual(immutablePaths.map((p) => `/${p}`));
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map(
    (f) => `/${f.replaceAll('\\', '/')}`,
  );
  const covered = files.filter((file) => immutable.some((rule) => matchesHeaderPath(rule, file)));
  // Astro and Expressive Code: name.<hash>.js; Pagefind: <lang>_<hex hash>.pf_index
  const unhashed = covered.filter((file) => !/(\.[A-Za-z0-9_-]{5,}|_[0-9a-f]{7,})\.[a-z_]+$/.test(file));
  expect(unhashed).toEqual([]);
  expect(covered.filter((f) => f.includes('/pagefind/')).length).toBeGreaterThan(20);
  // What keeps its name across builds is revalidated: the entry points of each bundle.
  const entryPoints = files.filter((f) =>
    /\/pagefind\/[a-z]{2}-\d+\/(pagefind\.js|pagefind-entry\.json)$/.test(f),
  );
  expect(entryPoints.length).toBeGreaterThanOrEqual(4);
  expect(entryPoints.filter((file) => immutable.some((rule) => matchesHeaderPath(rule, file)))).toEqual([]);
});
