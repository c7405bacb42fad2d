import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScripts,
  parseHeadersFile,
  scriptHash,
} from '../../src/lib/http-headers';

describe('security headers', () => {
  it('hashes a script as CSP does (sha256 of its exact text, base64)', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('finds the inline scripts a browser runs, not external ones or data blocks', () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>
      <script type="application/ld+json">{"@type":"TechArticle"}</script><script data-targets="{}">c()</script>`;
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
  });

  it('allows inline scripts only by hash, each once, and never eval or plugins', () => {
    const csp = contentSecurityPolicy([scriptHash('a()'), scriptHash('b()'), scriptHash('a()')]);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc.match(/'sha256-/g)).toHaveLength(2);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
  });

  it('writes rules a host reads back: security headers everywhere, immutable caching on hashed files', () => {
    const rules = parseHeadersFile(headersFile("default-src 'self'", '/kb/'));
    expect(rules[0]).toEqual({
      path: '/kb/*',
      headers: {
        'Content-Security-Policy': "default-src 'self'",
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    });
    expect(rules.slice(1).map((r) => r.path)).toContain('/kb/_astro/*');
    expect(rules.slice(1).every((r) => r.headers['Cache-Control']?.includes('immutable'))).toBe(true);
  });
});
