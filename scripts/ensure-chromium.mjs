#!/usr/bin/env node
/**
 * Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests.
 * `npx playwright install` cannot download browsers on these machines, so the tests drive
 * the distribution's Chromium through playwright-core instead.
 *
 * If it is missing: `apt-get update` then `apt-get install -y chromium` (needs root).
 * Run directly (`node scripts/ensure-chromium.mjs`) or import `ensureChromium()`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const chromiumPath = '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args, log) {
  log(`ensure-chromium: running \`${[command, ...args].join(' ')}\``);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) {
    throw new Error(`ensure-chromium: could not run ${command}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    throw new Error(
      `ensure-chromium: \`${[command, ...args].join(' ')}\` exited with status ${result.status}`,
    );
  }
}

/**
 * Returns the path of a usable Chromium, installing Debian's package when it is missing.
 * Throws with a message that says what to do when it cannot.
 */
export function ensureChromium({ log = (message) => console.log(message) } = {}) {
  if (isExecutable(chromiumPath)) {
    log(`ensure-chromium: found ${chromiumPath}`);
    return chromiumPath;
  }
  log(`ensure-chromium: ${chromiumPath} is missing; installing Debian's chromium package`);
  if (process.platform !== 'linux') {
    throw new Error(
      `ensure-chromium: ${chromiumPath} not found and automatic install only works on Debian/Ubuntu; ` +
        'install Chromium and make it available at that path.',
    );
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `ensure-chromium: ${chromiumPath} not found and this process is not root, so apt-get cannot install it. ` +
        'Run `sudo apt-get update && sudo apt-get install -y chromium` and try again.',
    );
  }
  run('apt-get', ['update'], log);
  run('apt-get', ['install', '-y', 'chromium'], log);
  if (!isExecutable(chromiumPath)) {
    throw new Error(`ensure-chromium: apt-get finished but ${chromiumPath} is still not there.`);
  }
  log(`ensure-chromium: installed ${chromiumPath}`);
  return chromiumPath;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    ensureChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
