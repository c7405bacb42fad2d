import { describe, expect, it } from 'vitest';
import { importedFiles } from '~/markdown/content-fingerprint';
import { projectRoot } from '../support/site';

describe('what the content cache depends on', () => {
  const files = importedFiles(projectRoot).map((file) => file.slice(projectRoot.length + 1));

  it('follows the imports of the content and Astro configuration to every file that shapes an entry', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'src/content.config.ts',
        'astro.config.mjs',
        'ec.config.mjs',
        'src/schemas/error-entry.ts',
        'src/markdown/loader.ts',
        'src/markdown/plugins/remark-callouts.ts',
        'src/markdown/plugins/remark-smart-punctuation.ts',
        'src/i18n/ui.ts',
        'src/lib/content/headings.ts',
      ]),
    );
  });

  it('leaves out what cannot change an entry: templates and browser code', () => {
    expect(
      files.filter((f) => /^src\/(layouts|components|pages|client|search\/client|styles)\//.test(f)),
    ).toEqual([]);
  });
});
