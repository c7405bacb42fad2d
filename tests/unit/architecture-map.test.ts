/**
 * The folder map in CONTRIBUTING.md stays true: every folder of src/ (two levels deep,
 * pages aside) is on it, and every folder it names exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/site';

const contributing = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const map = /## Architecture\s+```\n([\s\S]*?)```/.exec(contributing)?.[1] ?? '';

/** `folder/` tokens of the map, each resolved under its parent by indentation. */
function foldersOnMap(): string[] {
  const stack: { indent: number; path: string }[] = [];
  const folders: string[] = [];
  for (const line of map.split('\n')) {
    const match = /^( *)(\S+\/)/.exec(line);
    if (!match) continue;
    const indent = match[1]!.length;
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    const path = `${stack.at(-1)?.path ?? ''}${match[2]!}`;
    stack.push({ indent, path });
    folders.push(path);
  }
  return folders;
}

function srcFolders(): string[] {
  const top = readdirSync(join(projectRoot, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory());
  return top.flatMap((d) => [
    `src/${d.name}/`,
    ...(d.name === 'pages'
      ? []
      : readdirSync(join(projectRoot, 'src', d.name), { withFileTypes: true })
          .filter((s) => s.isDirectory())
          .map((s) => `src/${d.name}/${s.name}/`)),
  ]);
}

it('names every folder of src/ and no folder that does not exist', () => {
  expect(map).not.toBe('');
  const onMap = foldersOnMap();
  // A line like `layouts/ components/ pages/` names several folders at one level.
  const named = new Set([
    ...onMap,
    ...map.split('\n').flatMap((line) => {
      const at = onMap.find((f) => line.trim().startsWith(f.split('/').at(-2)! + '/'));
      const parent = at ? at.slice(0, at.slice(0, -1).lastIndexOf('/') + 1) : '';
      return [...line.matchAll(/(?:^|\s)([a-z][\w.-]*\/)(?=\s|$)/g)].map((m) => parent + m[1]!);
    }),
  ]);
  const missing = srcFolders().filter((folder) => !named.has(folder));
  expect(missing, 'folders of src/ missing from the map in CONTRIBUTING.md').toEqual([]);
  const ghosts = onMap.filter((folder) => !folder.includes('<') && !existsSync(join(projectRoot, folder)));
  expect(ghosts, 'folders on the map that do not exist').toEqual([]);
});
