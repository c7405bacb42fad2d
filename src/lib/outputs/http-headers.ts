/**
 * The response headers a static host or CDN should send (`dist/_headers`, the format of
 * Netlify and Cloudflare Pages): long immutable caching for files whose names carry a
 * content hash, and security headers. The Content-Security-Policy allows exactly the
 * inline scripts the built pages contain, by hash, so it is written after the build.
 */
import { createHash } from 'node:crypto';

/** A CSP source for an inline script: `'sha256-<base64>'` of its exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const EXECUTABLE_TYPE = /^(?:module|text\/javascript|application\/javascript)?$/i;

/** The text of every inline script a browser would run (data blocks such as JSON-LD are not). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (EXECUTABLE_TYPE.test(type)) scripts.push(text);
  }
  return scripts;
}

/**
 * The policy: everything from the site itself; inline scripts only by hash; WebAssembly
 * for Pagefind; inline `style` attributes, which Expressive Code's syntax colours use.
 */
export function contentSecurityPolicy(inlineScriptHashes: Iterable<string>): string {
  const hashes = [...new Set(inlineScriptHashes)].sort();
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Paths (below the base) whose file names change with their content. `:bundle` is one
 * path segment (Netlify's and Cloudflare's placeholder): every Pagefind bundle, `en-0`...
 */
export const immutablePaths = [
  '_astro/*',
  'pagefind/:bundle/index/*',
  'pagefind/:bundle/fragment/*',
  'pagefind/:bundle/filter/*',
];

/**
 * Whether a `_headers` path pattern covers a request path, as Netlify and Cloudflare
 * Pages match them: `*` matches the rest of the path, `:name` one segment.
 */
export function matchesHeaderPath(pattern: string, path: string): boolean {
  const source = pattern
    .split('/')
    .map((segment) =>
      segment === '*'
        ? '.*'
        : segment.startsWith(':')
          ? '[^/]+'
          : segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*'),
    )
    .join('/');
  return new RegExp(`^${source}$`).test(path);
}

/** The `_headers` file: security headers on every path, immutable caching on hashed files. */
export function headersFile(csp: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const blocks = [
    [
      `${prefix}*`,
      `Content-Security-Policy: ${csp}`,
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ],
    ...immutablePaths.map((path) => [
      `${prefix}${path}`,
      'Cache-Control: public, max-age=31536000, immutable',
    ]),
  ];
  return (
    blocks.map(([path, ...headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n') + '\n'
  );
}

/** Reads a `_headers` file back: headers per path pattern, in order. */
export function parseHeadersFile(text: string): { path: string; headers: Record<string, string> }[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
