import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { pruneUnusedFiles, touchFile } from '../../src/utils/file-cache';

const day = 24 * 60 * 60 * 1000;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function age(name: string, days: number) {
  const then = new Date(Date.now() - days * day);
  utimesSync(join(dir, name), then, then);
}

it('prunes a cache of folders (extension ""): whole folders unused for too long, and keeps a used one', () => {
  for (const name of ['old', 'used', 'recent']) {
    mkdirSync(join(dir, name, 'index'), { recursive: true });
    writeFileSync(join(dir, name, 'index', 'chunk'), name);
    age(name, name === 'recent' ? 5 : 40);
  }
  expect(touchFile(join(dir, 'used'))).toBe(true);
  expect(touchFile(join(dir, 'missing'))).toBe(false);
  expect(pruneUnusedFiles(dir, '', 30 * day)).toBe(1);
  expect(existsSync(join(dir, 'old'))).toBe(false);
  expect(existsSync(join(dir, 'used', 'index', 'chunk'))).toBe(true);
  expect(existsSync(join(dir, 'recent'))).toBe(true);
});
