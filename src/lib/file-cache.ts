/**
 * Build caches kept as files named by a hash of their content (preview images, rendered
 * content): such a file never changes once written, so a cache needs only three things.
 * A write that a stopped build cannot leave half done, a "used" mark on each hit, and a
 * prune of files no build has used for a while.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** A month: an entry edited away is removed, a branch built now and then keeps its files. */
export const unusedFileMaxAgeMs = 30 * 24 * 60 * 60 * 1000;

/** Writes then renames, so a reader never sees half a file. */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** Whether the file exists; if so, marks it as used now, so a prune keeps it. */
export function touchFile(file: string): boolean {
  if (!existsSync(file)) return false;
  const now = new Date();
  utimesSync(file, now, now);
  return true;
}

/**
 * Removes the cache's entries in `dir` (by extension, leftovers of stopped builds included)
 * unused for `maxAgeMs`; anything else in the folder is left alone. Returns how many.
 * With `extension` '', every entry is the cache's: a cache of folders (the search index).
 */
export function pruneUnusedFiles(
  dir: string,
  extension: string,
  maxAgeMs = unusedFileMaxAgeMs,
  now = Date.now(),
): number {
  if (!existsSync(dir)) return 0;
  const leftover = new RegExp(`\\${extension}\\.\\d+\\.tmp$`);
  const ours = (name: string) => !extension || name.endsWith(extension) || leftover.test(name);
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!ours(name)) continue;
    const file = join(dir, name);
    if (now - statSync(file).mtimeMs > maxAgeMs) {
      rmSync(file, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
