/**
 * dist/_headers promises a year of caching for some paths: every file there must have a
 * content hash in its name, or readers would keep a stale copy after a deploy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { immutablePaths, parseHeadersFile } from '../../src/lib/http-headers';
import { assertBuilt, distDir } from '../support/site';

beforeAll(() => assertBuilt());

it('marks exactly the hashed folders immutable, and every file in them carries a hash', () => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const immutable = rules.filter((r) => r.headers['Cache-Control']?.includes('immutable')).map((r) => r.path);
  expect(immutable).toEqual(immutablePaths.map((p) => `/${p}`));
  const unhashed: string[] = [];
  let checked = 0;
  for (const folder of immutablePaths.map((p) => p.replace(/\/\*$/, ''))) {
    const files = readdirSync(join(distDir, folder), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.[a-z_]+$/.test(f),
    );
    for (const file of files) {
      checked++;
      // Astro and Expressive Code: name.<hash>.js; Pagefind: <lang>_<hex hash>.pf_index
      if (!/(\.[A-Za-z0-9_-]{5,}|_[0-9a-f]{7,})\.[a-z_]+$/.test(file)) unhashed.push(`${folder}/${file}`);
    }
  }
  expect(unhashed).toEqual([]);
  expect(checked).toBeGreaterThan(20);
});
