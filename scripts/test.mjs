#!/usr/bin/env node
/**
 * `npm test`: everything, from a fresh clone. Installs Debian Chromium and a Java runtime
 * (for the Nu HTML Checker) when missing, type-checks, checks formatting, lints the code and the
 * Japanese prose, builds the site, then runs the unit, built-site and browser suites. Runs on
 * the project's own Node 22 (npm puts node_modules/.bin first).
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureJava } from './ensure-chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

function step(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds}s (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds}s)`);
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `npm test needs Node >= 22.12 (found ${process.version}); run it through npm so node_modules/.bin/node is used.`,
  );
  process.exit(1);
}

await ensureChromium();
await ensureJava();
step('Type check', 'astro', ['check']);
step('Formatting', 'prettier', ['--check', '.']);
step('Lint', 'eslint', ['.', '--max-warnings', '0']);
step('Japanese prose (textlint)', 'node', ['scripts/lint-ja.ts']);
step('Build', 'npm', ['run', 'build']);
step('Tests', 'vitest', ['run']);
