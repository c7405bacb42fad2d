import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneImageCache, readCachedImage, writeCachedImage } from '~/preview-image/cache';
import { day, useCacheDir } from '../support/cache-dir';

const { dir, age } = useCacheDir('og-cache-');

describe('preview image cache', () => {
  it('returns what was written under a key, and nothing for an unknown key', () => {
    writeCachedImage('abc', Buffer.from('png bytes'), dir());
    expect(readCachedImage('abc', dir())?.toString()).toBe('png bytes');
    expect(readCachedImage('other', dir())).toBeUndefined();
  });

  it('prunes images unused for longer than the limit, and leftovers of stopped builds', () => {
    writeCachedImage('old', Buffer.from('1'), dir());
    writeCachedImage('recent', Buffer.from('2'), dir());
    writeFileSync(join(dir(), 'stopped.png.123.tmp'), '3');
    writeFileSync(join(dir(), 'notes.txt'), 'not ours');
    age('old.png', 40);
    age('recent.png', 5);
    age('stopped.png.123.tmp', 40);
    age('notes.txt', 40);
    expect(pruneImageCache(30 * day, dir())).toBe(2);
    expect(existsSync(join(dir(), 'old.png'))).toBe(false);
    expect(existsSync(join(dir(), 'stopped.png.123.tmp'))).toBe(false);
    expect(existsSync(join(dir(), 'recent.png'))).toBe(true);
    expect(existsSync(join(dir(), 'notes.txt'))).toBe(true);
  });

  it('keeps an old image that a build has just used', () => {
    writeCachedImage('reused', Buffer.from('1'), dir());
    age('reused.png', 40);
    readCachedImage('reused', dir());
    expect(pruneImageCache(30 * day, dir())).toBe(0);
    expect(existsSync(join(dir(), 'reused.png'))).toBe(true);
  });

  it('has nothing to prune before the first build', () => {
    expect(pruneImageCache(30 * day, join(dir(), 'missing'))).toBe(0);
  });
});
