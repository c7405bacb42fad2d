/**
 * The telling words of a paste for full-text search (src/search/matcher/terms.ts), the clue
 * that tells candidates apart and the masked request for a missing entry (src/search/answer.ts).
 */
import { describe, expect, it } from 'vitest';
import { distinctiveTerms, fullTextQueryFor } from '~/search/matcher';
import { entryRequest, MAX_REQUEST_CHARS, telltale } from '~/search/answer';
import { rankByTerms } from '~/search/any-terms';

const terms = (text: string, max?: number) => distinctiveTerms(text, max).map((t) => t.term);

describe('distinctiveTerms', () => {
  it('keeps codes, classes and statuses, drops paths, line numbers, timestamps and ids', () => {
    const paste = `2025-03-16 09:53:42.037 | ERROR | req_011CYYc3J1X8TQSFat6bg7VX
Traceback (most recent call last):
  File "/home/me/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1059, in _request
openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota', 'code': 'insufficient_quota'}}`;
    const found = terms(paste);
    expect(found.slice(0, 3)).toEqual(['insufficient_quota', 'RateLimitError', '429']);
    expect(found).toEqual(expect.arrayContaining(['exceeded', 'quota']));
    for (const noise of [
      'home',
      'venv',
      '_base_client',
      '1059',
      '2025',
      'req_011CYYc3J1X8TQSFat6bg7VX',
      'traceback',
    ])
      expect(found).not.toContain(noise);
  });

  it('reads the words near the end first: logs end with the error', () => {
    const found = terms(`${'connecting retrying waiting\n'.repeat(50)}denied permission model`, 3);
    expect(found).toEqual(['model', 'permission', 'denied']);
  });

  it('splits Japanese into words and drops particles', () => {
    const found = terms('課金したのに429エラーが出る');
    expect(found).toContain('429');
    expect(found).toContain('課金');
    expect(found).not.toContain('のに');
  });
});

describe('telltale', () => {
  it('names the field that carries the code and a host to look for', () => {
    expect(
      telltale({ provider: 'openai', code: 'insufficient_quota', errorType: 'insufficient_quota' }),
    ).toBe('type: insufficient_quota · platform.openai.com');
    expect(
      telltale({ provider: 'gemini', code: 'RESOURCE_EXHAUSTED', errorType: 'RESOURCE_EXHAUSTED' }),
    ).toBe('status: RESOURCE_EXHAUSTED · ai.google.dev');
    expect(telltale({ provider: 'groq', code: 'invalid_api_key', errorType: 'invalid_request_error' })).toBe(
      'code: invalid_api_key · api.groq.com',
    );
    expect(
      telltale({ provider: 'bedrock', code: 'ThrottlingException', errorType: 'ThrottlingException' }),
    ).toMatch(/^exception: ThrottlingException · /);
  });
});

describe('entryRequest', () => {
  const title = (summary: string) => `Entry request: ${summary}`;

  it('masks the paste, keeps its tail when long, and fences it so it cannot close the fence', () => {
    const key = `sk-proj-${'a1B2c3D4'.repeat(20)}`;
    const paste = `${'noise line\n'.repeat(1000)}Incorrect API key provided: ${key}\n\`\`\`\nend`;
    const request = entryRequest(paste, { looksLikeError: true, provider: 'openai', status: 401 }, title);
    expect(request.body).not.toContain(key);
    expect(request.body).toContain('Incorrect API key provided: sk-proj-***');
    expect(request.body).toContain('Provider: OpenAI\nHTTP status: 401');
    expect(request.body).toMatch(/^````text$/m);
    const fenced = /````text\n([\s\S]*)\n````$/.exec(request.body)![1]!;
    expect(fenced.length).toBeLessThanOrEqual(MAX_REQUEST_CHARS + 2);
    expect(fenced.startsWith('…\n')).toBe(true);
  });

  it('titles the request by the exception class, or the first line, masked', () => {
    expect(entryRequest('x', { looksLikeError: true, exception: 'openai.ConflictError' }, title).title).toBe(
      'Entry request: openai.ConflictError',
    );
    expect(
      entryRequest('contact me@example.com about this 409\nmore', { looksLikeError: true }, title).title,
    ).toBe('Entry request: contact ***@*** about this 409');
  });
});

describe('rankByTerms (the any-words fallback)', () => {
  const found = (weight: number, ...ids: string[]) => ({
    weight,
    results: ids.map((id) => ({ id, value: id })),
  });

  it('lists the pages holding the most weight first, the searches’ ranks breaking ties', () => {
    const ranked = rankByTerms([
      found(3, 'quota-entry', 'rate-entry'),
      found(1, 'rate-entry', 'quota-entry', 'article'),
      found(1, 'article', 'quota-entry'),
    ]);
    expect(ranked).toEqual(['quota-entry', 'rate-entry', 'article']);
  });

  it('drops a page that holds only one plain word', () => {
    expect(rankByTerms([found(1, 'a', 'b'), found(1, 'b')])).toEqual(['b']);
    expect(rankByTerms([found(2, 'status-page')])).toEqual(['status-page']);
    expect(rankByTerms([])).toEqual([]);
  });
});

describe('fullTextQueryFor (what Pagefind gets)', () => {
  const query = (text: string) => fullTextQueryFor(text, distinctiveTerms(text));

  it('sends a typed query as typed and a paste as its telling words', () => {
    expect(query('rate limit')).toBe('rate limit');
    expect(query('APIキーが無効')).toBe('APIキーが無効');
    const paste = `Traceback (most recent call last):\nopenai.RateLimitError: Error code: 429 - {'error': {'code': 'insufficient_quota'}}`;
    expect(query(paste)?.split(' ').slice(0, 3)).toEqual(['insufficient_quota', 'RateLimitError', '429']);
  });

  it('sends nothing for text nothing can be read from', () => {
    expect(query('x'.repeat(10_000))).toBeNull();
    expect(query('{"error": {"message": "x", "type": [[[{{{'.repeat(300))).toBeNull();
    const bytes = Array.from({ length: 5_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(
      '',
    );
    expect(query(bytes)).toBeNull();
    expect(query('خطأ في الخادم '.repeat(200))).toBeNull();
  });
});
