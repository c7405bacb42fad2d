/**
 * Bad input, end to end: each case copies the site to a temporary folder, breaks one
 * thing an author could break, runs the real `astro build`, and checks that the build
 * fails with a message naming the file and the field (or line) and what was expected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteCopy } from '../support/site-copy';

const enEntry = 'content/errors/openai/insufficient_quota.en.mdx';
const jaEntry = 'content/errors/openai/insufficient_quota.ja.mdx';
const enArticle = 'content/articles/en/openai-api-quota-error.mdx';
const jaArticle = 'content/articles/ja/openai-api-quota-error-jp.mdx';

let site: SiteCopy;
const edit = (file: string, change: (text: string) => string) => site.edit(file, change);

beforeAll(() => {
  site = new SiteCopy();
});

afterAll(() => site?.remove());

interface BadInputCase {
  name: string;
  breakIt: () => void;
  /** Each must appear in the build output. */
  expected: (string | RegExp)[];
}

const cases: BadInputCase[] = [
  {
    name: 'a severity outside the scale',
    breakIt: () => edit(enEntry, (t) => t.replace(/^severity: \w+$/m, 'severity: severe')),
    expected: [enEntry, /severity: Invalid option: expected one of "low"\|"medium"\|"high"\|"critical"/],
  },
  {
    name: 'a missing required field',
    breakIt: () => edit(jaArticle, (t) => t.replace(/^title: .*\n/m, '')),
    expected: [jaArticle, /title\W+required: expected a title/],
  },
  {
    name: 'a misspelt field',
    breakIt: () => edit(enArticle, (t) => t.replace(/^description:/m, 'descripton:')),
    expected: [enArticle, /Unrecognized key: "descripton"/],
  },
  {
    name: 'an unknown tag',
    breakIt: () => edit(enArticle, (t) => t.replace(/^tags: \[/m, 'tags: [quotas, ')),
    expected: [enArticle, /tags\.0: Invalid option: expected one of/],
  },
  {
    name: 'an HTTP status written as text',
    breakIt: () => edit(enEntry, (t) => t.replace(/^httpStatus: 429$/m, 'httpStatus: "four twenty-nine"')),
    expected: [enEntry, /httpStatus: expected the HTTP status as a number/],
  },
  {
    name: 'a twin that points nowhere',
    breakIt: () => edit(enArticle, (t) => t.replace(/^twin: .*$/m, 'twin: ja/no-such-article')),
    expected: [enArticle, 'field "twin"', '"ja/no-such-article"'],
  },
  {
    name: 'a related entry that does not exist',
    breakIt: () =>
      edit(jaArticle, (t) => t.replace(/^relatedErrors: \[/m, 'relatedErrors: [anthropic/no_such_error, ')),
    expected: [jaArticle, 'field "relatedErrors"', '"anthropic/no_such_error"'],
  },
  {
    name: 'two articles with one slug in one language',
    breakIt: () =>
      site.write('content/articles/en/copy.mdx', site.read(enArticle).replace(/^twin: .*\n/m, '')),
    expected: ['content/articles/en/copy.mdx', 'field "slug"', 'already used by'],
  },
  {
    name: 'a link to a page that does not exist',
    breakIt: () => edit(jaEntry, (t) => `${t}\n\n[壊れたリンク](/ja/errors/openai/insufficent_quota/)\n`),
    expected: [jaEntry, 'field "body"', '"/ja/errors/openai/insufficent_quota/" points to no page'],
  },
  {
    name: 'an entry missing a template section',
    breakIt: () => edit(enEntry, (t) => t.replace('{#workaround}', '{#work-around}')),
    expected: [enEntry, 'field "body"', 'missing {#workaround}'],
  },
  {
    name: 'an unknown callout kind',
    breakIt: () => edit(enArticle, (t) => `${t}\n\n:::warning\nCareful.\n:::\n`),
    expected: [enArticle, 'unknown directive ":::warning"'],
  },
  {
    name: 'an alias that is an existing page',
    breakIt: () => edit(enEntry, (t) => t.replace(/^code: /m, 'aliases: [/en/errors/]\ncode: ')),
    expected: [enEntry, 'field "aliases"', '"/en/errors/" is already the page /en/errors/'],
  },
  {
    name: 'two pages claiming one alias',
    breakIt: () => {
      edit(enEntry, (t) => t.replace(/^code: /m, 'aliases: [/old/quota/]\ncode: '));
      edit(enArticle, (t) => t.replace(/^slug: /m, 'aliases: [/old/quota/]\nslug: '));
    },
    expected: ['field "aliases"', '"/old/quota/" is already an alias of'],
  },
  {
    name: 'an alias that is not a root-relative path',
    breakIt: () => edit(jaArticle, (t) => t.replace(/^slug: /m, 'aliases: [old-page]\nslug: ')),
    expected: [jaArticle, 'aliases', 'expected a root-relative path ending with "/"'],
  },
  {
    name: 'two language versions of an entry that disagree on a fact',
    breakIt: () => edit(jaEntry, (t) => t.replace(/^severity: \w+$/m, 'severity: low')),
    expected: [jaEntry, `field "severity": expected the same value as ${enEntry} ("high"), got "low"`],
  },
  {
    name: 'broken MDX',
    breakIt: () => edit(enArticle, (t) => `${t}\n\n<div>unclosed\n`),
    expected: [new RegExp(`${enArticle}:\\d+:\\d+: Expected a closing tag for \`<div>\``)],
  },
  {
    name: 'a component, which static content cannot run',
    breakIt: () => edit(jaEntry, (t) => `${t}\n\n<Aside>注意</Aside>\n`),
    expected: [new RegExp(`${jaEntry}:\\d+: <Aside> is a component`), 'Use a directive (:::note'],
  },
  {
    name: 'a JavaScript expression in the text',
    breakIt: () => edit(enEntry, (t) => t.replace('## Quick fix', 'Costs {price * 2}.\n\n## Quick fix')),
    expected: [new RegExp(`${enEntry}:\\d+: the expression \\{price \\* 2\\} needs JavaScript`)],
  },
];

describe('a broken content file stops the build and says where and what', () => {
  it.each(cases)('$name', ({ breakIt, expected }) => {
    site.resetContent();
    breakIt();
    const { status, output } = site.build();
    expect(status, output).not.toBe(0);
    for (const fragment of expected) {
      if (typeof fragment === 'string') expect(output).toContain(fragment);
      else expect(output).toMatch(fragment);
    }
  });

  it('builds the unbroken copy (so the failures above come from the breakage)', () => {
    site.resetContent();
    const { status, output } = site.build();
    expect(status, output).toBe(0);
  });
});
