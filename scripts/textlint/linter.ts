/**
 * The textlint linter for the Japanese content: the rules of .textlintrc.json, plus the
 * site's MDX reader (mdx-plugin.ts) and the house-style rule (house-style.ts). Those two
 * are given here, not named in .textlintrc.json, because textlint finds only installed
 * packages by name.
 */
import { join } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import houseStyle from './house-style.ts';
import mdxPlugin from './mdx-plugin.ts';

/** Every Japanese content file: articles and the entries' Japanese twins. */
export const japaneseFiles = [
  'content/articles/ja/**/*.mdx',
  'content/errors/**/*.ja.mdx',
  'content/providers/*.ja.mdx',
];

export async function createJapaneseLinter(root = process.cwd()) {
  const config = await loadTextlintrc({ configFilePath: join(root, '.textlintrc.json') });
  const descriptor = config.shallowMerge({
    rules: [...config.rule.toKernelRulesFormat(), { ruleId: 'house-style', rule: houseStyle }],
    plugins: [{ pluginId: 'site-mdx', plugin: mdxPlugin }, ...config.plugin.toKernelPluginsFormat()],
  });
  return createLinter({ descriptor, cwd: root });
}
