/**
 * The W3C Nu HTML Checker (npm `vnu-jar`), run as one JVM over many files: starting Java
 * costs more than checking a page, so every page goes into a single run.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { projectRoot } from './site';

export const vnuJar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

export interface NuMessage {
  /** 'error' (including subType 'fatal'), 'info' (subType 'warning' for warnings) or 'non-document-error'. */
  type: string;
  subType?: string;
  /** file: URL of the checked file. */
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs the checker over the given HTML files and returns every message it reports. */
export function checkHtmlFiles(files: string[]): NuMessage[] {
  if (files.length === 0) throw new Error('checkHtmlFiles: no files to check');
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(
      `Could not run Java for the Nu HTML Checker (${result.error.message}). ` +
        'Install a Java runtime (`node scripts/ensure-chromium.mjs` installs default-jre-headless on Debian).',
    );
  }
  if (result.status !== 0) {
    throw new Error(`The Nu HTML Checker exited with ${result.status}:\n${result.stderr}`);
  }
  // vnu writes its JSON report to stderr.
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(result.stderr) as { messages: NuMessage[] };
  } catch {
    throw new Error(`The Nu HTML Checker did not answer with JSON:\n${result.stderr.slice(0, 2000)}`);
  }
  return report.messages;
}

export const isError = (m: NuMessage) => m.type === 'error' || m.type === 'non-document-error';
export const isWarning = (m: NuMessage) => m.type === 'info' && m.subType === 'warning';

/** `dist/en/index.html:12: message [extract]`, relative to `root`. */
export function formatNuMessage(m: NuMessage, root: string): string {
  const file = m.url ? relative(root, new URL(m.url).pathname) : '(no file)';
  const where = m.lastLine ? `${file}:${m.lastLine}${m.firstColumn ? `:${m.firstColumn}` : ''}` : file;
  const extract = m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${where}: ${m.message}${extract}`;
}
