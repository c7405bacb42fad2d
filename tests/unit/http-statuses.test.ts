/**
 * The meaning of each HTTP status (src/i18n/http-statuses.ts): one paragraph per language,
 * the Japanese in the house style, checked by the same textlint rules as the content.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createJapaneseLinter } from '../../scripts/textlint/linter';
import { httpStatuses, statusMeaning } from '~/i18n/http-statuses';
import { locales } from '~/site.config';

// The first lint loads kuromoji's dictionary (1-2 s alone, more while builds share the cores).
vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '../..');

describe('HTTP status meanings', () => {
  it('give every status a reason phrase and a paragraph in each language', () => {
    for (const [status, { reason, meaning }] of Object.entries(httpStatuses)) {
      expect(Number(status)).toBeGreaterThanOrEqual(400);
      expect(reason, status).toMatch(/^[A-Z][A-Za-z ]+$/);
      for (const lang of locales) expect(meaning[lang].length, `${status} ${lang}`).toBeGreaterThan(40);
    }
    expect(statusMeaning(429).reason).toBe('Too Many Requests');
  });

  it('stop the build, naming the file, for a status without a meaning', () => {
    expect(() => statusMeaning(418)).toThrow(/HTTP 418 .*src\/i18n\/http-statuses\.ts/);
  });

  it('are written in the Japanese house style (textlint, as for content)', async () => {
    const linter = await createJapaneseLinter(root);
    const body = Object.entries(httpStatuses)
      .map(([status, { meaning }]) => `## ${status} {#s${status}}\n\n${meaning.ja}\n`)
      .join('\n');
    const text = `---\ntitle: "HTTP ステータス"\nsummary: "HTTP ステータスの意味です。"\n---\n\n${body}`;
    const result = await linter.lintText(text, join(root, 'content/errors/openai/http-statuses.ja.mdx'));
    expect(result.messages.map((m) => `${m.loc.start.line}: ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});
