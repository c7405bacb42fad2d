/**
 * A tiny static file server for the built site, for browser tests and the benchmark:
 * 127.0.0.1 on a free port, no dependencies. It behaves like a plain static host:
 * `index.html` for directory paths, `/foo` -> `/foo/` when `/foo/index.html` exists,
 * `404.html` with status 404 for anything else. With `cdn`, it also does what a CDN does
 * for the site: gzip for text, the caching rules of dist/_headers, and revalidation.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { matchesHeaderPath, parseHeadersFile } from '../../src/lib/outputs/http-headers.ts';

export interface StaticServerOptions {
  /** Directory to serve, usually dist/. */
  root: string;
  /** Extra headers on every response (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Deployment sub-path such as '/kb/'; requests outside it get the 404 page. Default '/'. */
  base?: string;
  /**
   * Serve as a CDN would: gzip for compressible types (when the browser accepts it), the
   * Cache-Control rules of `<root>/_headers`, and `no-cache` with an ETag (answered with
   * 304) for everything else. Without it every response is `no-store`, uncompressed.
   */
  cdn?: boolean;
  /** Called for every file sent, with its size and the bytes that went over the wire. */
  onResponse?: (sent: { path: string; bytes: number; transferred: number; status: number }) => void;
}

export interface StaticServer {
  /** Origin plus base, ending with '/': e.g. `http://127.0.0.1:41234/` or `http://127.0.0.1:41234/kb/`. */
  url: string;
  close: () => Promise<void>;
}

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index chunks (gzipped binary).
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function normaliseBase(base: string | undefined): string {
  let b = base ?? '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = normaliseBase(options.base);
  const extraHeaders = options.headers ?? {};

  const headersFile = join(root, '_headers');
  const cacheRules =
    options.cdn && existsSync(headersFile)
      ? parseHeadersFile(readFileSync(headersFile, 'utf8')).filter((r) => r.headers['Cache-Control'])
      : [];
  const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/;
  const gzipped = new Map<string, Buffer>();

  const send = async (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    file: string,
    pathname: string,
  ) => {
    const body = await readFile(file);
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string | number> = { ...extraHeaders, 'Content-Type': type };
    let payload: Buffer = body;
    if (options.cdn) {
      const rule = cacheRules.find((r) => matchesHeaderPath(r.path, pathname));
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      headers['Cache-Control'] = rule?.headers['Cache-Control'] ?? 'no-cache';
      headers.ETag = etag;
      if (status === 200 && req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        options.onResponse?.({ path: pathname, bytes: 0, transferred: 0, status: 304 });
        return;
      }
      if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let zipped = gzipped.get(file);
        if (!zipped) gzipped.set(file, (zipped = gzipSync(body)));
        payload = zipped;
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
    } else headers['Cache-Control'] = 'no-store';
    headers['Content-Length'] = payload.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
    options.onResponse?.({ path: pathname, bytes: body.length, transferred: payload.length, status });
  };

  const notFound = async (req: IncomingMessage, res: ServerResponse) => {
    const page = join(root, '404.html');
    if (await isFile(page)) return send(req, res, 404, page, '/404.html');
    res.writeHead(404, { ...extraHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : 'Not found');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { ...extraHeaders, Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(req, res);
    }
    // `/kb` -> `/kb/`
    if (base !== '/' && pathname === base.slice(0, -1)) {
      res.writeHead(301, { ...extraHeaders, Location: base + url.search });
      res.end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound(req, res);
    const relative = pathname.slice(base.length);
    const target = resolve(root, relative);
    // No escaping the root with `..` or encoded separators.
    if (target !== root && !target.startsWith(root + sep)) return notFound(req, res);

    if (pathname.endsWith('/')) {
      const index = join(target, 'index.html');
      if (await isFile(index)) return send(req, res, 200, index, pathname);
      return notFound(req, res);
    }
    if (await isFile(target)) return send(req, res, 200, target, pathname);
    if (await isFile(join(target, 'index.html'))) {
      res.writeHead(301, { ...extraHeaders, Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    return notFound(req, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
