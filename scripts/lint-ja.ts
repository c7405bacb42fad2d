/**
 * `npm run lint:ja` (a step of `npm test`): textlint on every Japanese content file
 * (scripts/textlint/linter.ts), or on the files given.
 *
 *   npm run lint:ja                             every Japanese file; problems as file, line:column, rule
 *   npm run lint:ja -- content/errors/x/y.ja.mdx  those files only
 *   npm run lint:ja -- --fix                    applies the fixable rules' fixes (read the diff)
 *   npm run lint:ja -- --format=json            any textlint formatter
 */
import { writeFileSync } from 'node:fs';
import { loadFixerFormatter, loadLinterFormatter } from 'textlint';
import { createJapaneseLinter, japaneseFiles } from './textlint/linter.ts';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const formatterName = args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length) ?? 'stylish';
const given = args.filter((arg) => !arg.startsWith('--'));
const files = given.length > 0 ? given : japaneseFiles;

const linter = await createJapaneseLinter();
if (fix) {
  const results = await linter.fixFiles(files);
  for (const result of results)
    if (result.applyingMessages.length > 0) writeFileSync(result.filePath, result.output);
  console.log((await loadFixerFormatter({ formatterName: 'stylish' })).format(results));
} else {
  const results = await linter.lintFiles(files);
  if (results.length === 0) throw new Error(`No files to lint (${files.join(', ')})`);
  const output = (await loadLinterFormatter({ formatterName })).format(results);
  if (output.trim()) console.log(output);
  const problems = results.reduce((sum, result) => sum + result.messages.length, 0);
  if (formatterName === 'stylish')
    console.log(
      `textlint: ${results.length} Japanese file${results.length === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}`,
    );
  if (problems > 0) process.exitCode = 1;
}
