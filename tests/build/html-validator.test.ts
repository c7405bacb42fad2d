/**
 * Every built page through the W3C Nu HTML Checker (vnu-jar, the checker behind
 * validator.w3.org/nu): zero errors, nothing filtered. Warnings are printed, not failed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHtmlFiles, formatNuMessage, isError, isWarning, type NuMessage } from '../support/nu-checker';
import { assertBuilt, distDir, htmlFiles, projectRoot } from '../support/site';

describe('the Nu HTML Checker', () => {
  let files: string[];
  let messages: NuMessage[];
  let seconds: string;

  beforeAll(() => {
    assertBuilt();
    files = htmlFiles();
    const started = performance.now();
    messages = checkHtmlFiles(files);
    seconds = ((performance.now() - started) / 1000).toFixed(1);
  });

  it('finds no errors in any built page', () => {
    const errors = messages.filter(isError);
    const warnings = messages.filter(isWarning);
    console.log(
      `Nu HTML Checker: ${files.length} pages in ${seconds}s, ${errors.length} errors, ${warnings.length} warnings`,
    );
    for (const w of warnings) console.log(`  warning: ${formatNuMessage(w, projectRoot)}`);
    expect(files.length).toBeGreaterThan(50);
    expect(errors.map((m) => formatNuMessage(m, distDir)).join('\n')).toBe('');
  });

  describe('catches what it should (the harness is not blind)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nu-checker-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports block content in <code> and a script after </html>, with file and line', () => {
      const file = join(dir, 'bad.html');
      writeFileSync(
        file,
        '<!doctype html>\n<html lang="en"><head><title>t</title></head>\n' +
          '<body><pre><code><div>x</div></code></pre></body></html>\n<script src="a.js"></script>\n',
      );
      const errors = checkHtmlFiles([file]).filter(isError);
      const lines = errors.map((m) => formatNuMessage(m, dir));
      expect(
        lines.some(
          (l) => l.startsWith('bad.html:3:') && l.includes('“div” not allowed as child of element “code”'),
        ),
      ).toBe(true);
      expect(lines.some((l) => l.startsWith('bad.html:4:') && l.includes('Stray start tag “script”'))).toBe(
        true,
      );
    });
  });
});
