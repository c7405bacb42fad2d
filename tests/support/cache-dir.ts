/**
 * A cache folder for unit tests of the build's caches: a fresh one for each test in the
 * file (removed after it), and a way to backdate an entry as if no build had used it since.
 */
import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export const day = 24 * 60 * 60 * 1000;

export function useCacheDir(prefix: string): {
  /** The current test's folder. */
  dir: () => string;
  /** Sets an entry's modification time `days` days back. */
  age: (name: string, days: number) => void;
} {
  let current = '';
  beforeEach(() => {
    current = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => rmSync(current, { recursive: true, force: true }));
  return {
    dir: () => current,
    age: (name, days) => {
      const then = new Date(Date.now() - days * day);
      utimesSync(join(current, name), then, then);
    },
  };
}
