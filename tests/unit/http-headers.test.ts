import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScripts,
  matchesHeaderPath,
  parseHeadersFile,
  scriptHash,
} from '~/lib/outputs/http-headers';

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

  it('matches paths as Netlify and Cloudflare Pages do: * for the rest, :name for one segment', () => {
    expect(matchesHeaderPath('/kb/*', '/kb/en/errors/')).toBe(true);
    expect(matchesHeaderPath('/_astro/*', '/_astro/x.Ab12c.js')).toBe(true);
    expect(
      matchesHeaderPath('/pagefind/:bundle/fragment/*', '/pagefind/ja-1/fragment/ja_1a2b3c4.pf_fragment'),
    ).toBe(true);
    expect(matchesHeaderPath('/pagefind/:bundle/fragment/*', '/pagefind/en-0/pagefind.js')).toBe(false);
    expect(matchesHeaderPath('/pagefind/:bundle/fragment/*', '/pagefind/a/b/fragment/x')).toBe(false);
    expect(matchesHeaderPath('/_astro/*', '/kb/_astro/x.js')).toBe(false);
  });
});
