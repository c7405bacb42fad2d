#!/usr/bin/env node
/**
 * Makes sure the system tools the tests drive are installed, from Debian packages:
 * - Chromium at /usr/bin/chromium for the browser tests and Lighthouse
 *   (`npx playwright install` cannot download browsers on these machines, so the tests
 *   drive the distribution's Chromium through playwright-core instead);
 * - a Java runtime (`java` on PATH) for the W3C Nu HTML Checker (vnu-jar).
 *
 * What is missing is installed with `apt-get update` then `apt-get install -y <package>`
 * (needs root). Run directly (`node scripts/ensure-chromium.mjs`, which ensures both) or
 * import `ensureChromium()` / `ensureJava()`.
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

/** True when `command` runs (found on PATH and exits 0 with the given arguments). */
function runs(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

function run(command, args, log) {
  log(`ensure: running \`${[command, ...args].join(' ')}\``);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) {
    throw new Error(`ensure: could not run ${command}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    throw new Error(`ensure: \`${[command, ...args].join(' ')}\` exited with status ${result.status}`);
  }
}

/**
 * Installs Debian's `pkg` when `present()` is false; `what` names the tool in messages.
 * Throws with a message that says what to do when it cannot.
 */
function ensureDebianPackage({ what, pkg, present, log }) {
  if (present()) {
    log(`ensure: found ${what}`);
    return;
  }
  log(`ensure: ${what} is missing; installing Debian's ${pkg} package`);
  if (process.platform !== 'linux') {
    throw new Error(
      `ensure: ${what} not found and automatic install only works on Debian/Ubuntu; install it yourself.`,
    );
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `ensure: ${what} not found and this process is not root, so apt-get cannot install it. ` +
        `Run \`sudo apt-get update && sudo apt-get install -y ${pkg}\` and try again.`,
    );
  }
  run('apt-get', ['update'], log);
  run('apt-get', ['install', '-y', pkg], log);
  if (!present()) throw new Error(`ensure: apt-get installed ${pkg} but ${what} is still not there.`);
  log(`ensure: installed ${what}`);
}

/** Returns the path of a usable Chromium, installing Debian's package when it is missing. */
export function ensureChromium({ log = (message) => console.log(message) } = {}) {
  ensureDebianPackage({
    what: chromiumPath,
    pkg: 'chromium',
    present: () => isExecutable(chromiumPath),
    log,
  });
  return chromiumPath;
}

/** Makes sure `java` runs, installing Debian's headless Java runtime when it does not. */
export function ensureJava({ log = (message) => console.log(message) } = {}) {
  ensureDebianPackage({
    what: 'java (for the Nu HTML Checker)',
    pkg: 'default-jre-headless',
    present: () => runs('java', ['-version']),
    log,
  });
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    ensureChromium();
    ensureJava();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
