import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownerOf, summarizeProfiles } from '../../scripts/bench/profile.ts';

describe('ownerOf', () => {
  it('names the package, scoped or not, the last node_modules folder deciding', () => {
    expect(ownerOf('file:///site/node_modules/pagefind/lib/index.js', 'f')).toBe('pagefind');
    expect(ownerOf('file:///site/node_modules/@astrojs/mdx/dist/index.js', 'f')).toBe('@astrojs/mdx');
    expect(ownerOf('file:///s/node_modules/a/node_modules/micromark/index.js', 'f')).toBe('micromark');
  });

  it("names the site's own folders, Node's internals and V8's entries", () => {
    expect(ownerOf('file:///tmp/aieg-bench-1000-x/src/markdown/loader.ts', 'load')).toBe(
      'site: src/markdown',
    );
    expect(ownerOf('node:internal/fs/promises', 'readFile')).toBe('Node.js');
    expect(ownerOf('', '(garbage collector)')).toBe('V8 (garbage collector)');
  });
});

describe('summarizeProfiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sums self time over every thread, leaves idle time out, and ranks owners', () => {
    const node = (id: number, functionName: string, url: string) => ({
      id,
      callFrame: { functionName, url, lineNumber: 9 },
    });
    const nodes = [
      node(1, '(idle)', ''),
      node(2, 'parse', 'file:///s/node_modules/micromark/lib/parse.js'),
      node(3, 'render', 'file:///s/src/preview-image/render.ts'),
    ];
    // Main thread: 300 ms parsing, 100 ms rendering, 500 ms idle; a worker: 400 ms rendering.
    writeFileSync(
      join(dir, 'main.cpuprofile'),
      JSON.stringify({ nodes, samples: [2, 2, 3, 1, 2], timeDeltas: [1e5, 1e5, 1e5, 5e5, 1e5] }),
    );
    writeFileSync(join(dir, 'worker.cpuprofile'), JSON.stringify({ nodes, samples: [3], timeDeltas: [4e5] }));
    const summary = summarizeProfiles(dir);
    expect(summary.threads).toBe(2);
    expect(summary.totalSeconds).toBe(0.8);
    expect(summary.byOwner).toEqual([
      { owner: 'site: src/preview-image', seconds: 0.5, share: 62.5 },
      { owner: 'micromark', seconds: 0.3, share: 37.5 },
    ]);
    expect(summary.byFunction[0]).toEqual({
      fn: 'render render.ts:10',
      owner: 'site: src/preview-image',
      seconds: 0.5,
    });
  });
});
