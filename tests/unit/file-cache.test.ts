import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pruneUnusedFiles, touchFile } from '~/lib/file-cache';
import { day, useCacheDir } from '../support/cache-dir';

const { dir, age } = useCacheDir('file-cache-');

it('prunes a cache of folders (extension ""): whole folders unused for too long, and keeps a used one', () => {
  for (const name of ['old', 'used', 'recent']) {
    mkdirSync(join(dir(), name, 'index'), { recursive: true });
    writeFileSync(join(dir(), name, 'index', 'chunk'), name);
    age(name, name === 'recent' ? 5 : 40);
  }
  expect(touchFile(join(dir(), 'used'))).toBe(true);
  expect(touchFile(join(dir(), 'missing'))).toBe(false);
  expect(pruneUnusedFiles(dir(), '', 30 * day)).toBe(1);
  expect(existsSync(join(dir(), 'old'))).toBe(false);
  expect(existsSync(join(dir(), 'used', 'index', 'chunk'))).toBe(true);
  expect(existsSync(join(dir(), 'recent'))).toBe(true);
});
