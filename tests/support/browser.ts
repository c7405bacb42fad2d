/**
 * Browser helpers: Debian Chromium through playwright-core (Playwright's own browser
 * download does not work on these machines), pages that record console and page errors,
 * and axe with readable output.
 */
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const chromiumPath = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} not found. Run \`node scripts/ensure-chromium.mjs\` (or \`npm test\`, which runs it) first.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface NewPageOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  /** Reuse an existing context (e.g. to share localStorage between pages). */
  context?: BrowserContext;
  /** Anything else a context accepts. */
  contextOptions?: BrowserContextOptions;
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught page errors and failed requests, in order, one line each. */
  errors: string[];
  /**
   * Chromium's own request for `/favicon.ico` (made when a page declares no icon) fails
   * after the page has loaded, at a moment no test can wait for; its console error is kept
   * here instead of in `errors` so `errors` stays deterministic. The build suite checks
   * that every page declares an icon that exists.
   */
  faviconErrors: string[];
  /** Closes the page, and the context when this helper created it. */
  close: () => Promise<void>;
}

/** Opens a page in a fresh context (or the given one) that records console and page errors. */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<RecordedPage> {
  const ownsContext = !options.context;
  const context =
    options.context ??
    (await browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 900 },
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      ...options.contextOptions,
    }));
  const page = await context.newPage();
  const errors: string[] = [];
  const faviconErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      if (where.url && new URL(where.url).pathname.endsWith('/favicon.ico')) {
        faviconErrors.push(`console.error: ${message.text()} (${where.url})`);
        return;
      }
      errors.push(
        `console.error: ${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`,
      );
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // A request cut off because the page navigated on (the root's instant redirect) is not a failure.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`requestfailed: ${request.url()} (${reason})`);
  });
  return {
    page,
    context,
    errors,
    faviconErrors,
    close: async () => {
      await page.close();
      if (ownsContext) await context.close();
    },
  };
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe with its default rule set (nothing disabled) and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | '),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
}

/** One readable block per violation: rule, impact, help, and every failing selector. */
export function formatViolations(violations: AxeViolationSummary[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    - ${n.target}\n      ${n.summary}`).join('\n'),
    )
    .join('\n');
}
