/**
 * A copy of the site in a temporary folder (sharing node_modules), to break or change
 * and build for real: the bad-input and content-cache suites use it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnvironment, projectRoot } from './site';

const copied = [
  'src',
  'content',
  'examples',
  'public',
  'astro.config.mjs',
  'ec.config.mjs',
  'package.json',
  'tsconfig.json',
];

export class SiteCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'aieg-site-copy-'));

  constructor() {
    for (const item of copied) cpSync(join(projectRoot, item), join(this.dir, item), { recursive: true });
    symlinkSync(join(projectRoot, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  /** Puts the project's content back, undoing earlier edits. */
  resetContent(): void {
    for (const folder of ['content', 'examples']) {
      rmSync(join(this.dir, folder), { recursive: true, force: true });
      cpSync(join(projectRoot, folder), join(this.dir, folder), { recursive: true });
    }
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.dir, file), text);
  }

  /** Changes a file; the change must change something, so a test never passes on a stale edit. */
  edit(file: string, change: (text: string) => string): void {
    const before = this.read(file);
    const after = change(before);
    if (after === before) throw new Error(`the test's edit did not change ${file}`);
    this.write(file, after);
  }

  /** Runs the real `astro build`, with this copy's own caches; returns its exit status and output. */
  build(): { status: number | null; output: string } {
    const result = spawnSync(
      process.execPath,
      [join(this.dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: this.dir,
        env: buildEnvironment({
          ASTRO_CACHE_DIR: join(this.dir, '.astro-cache'),
          PREVIEW_IMAGE_CACHE_DIR: join(this.dir, '.og-cache'),
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        }),
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    // eslint-disable-next-line no-control-regex
    const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    return { status: result.status, output };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
