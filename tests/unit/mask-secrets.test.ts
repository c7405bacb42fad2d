import { describe, expect, it } from 'vitest';
import { maskedTail, maskSecrets } from '~/search/mask-secrets';

/** A key of the real shape: the documented prefix and length, random-looking characters. */
const shape = (length: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') =>
  Array.from({ length }, (_, i) => alphabet[(i * 7 + 3) % alphabet.length]).join('');

describe('maskSecrets', () => {
  it.each([
    ['OpenAI legacy key', `sk-${shape(48)}`, 'sk-***'],
    [
      'OpenAI project key',
      `sk-proj-${shape(156, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}`,
      'sk-proj-***',
    ],
    ['OpenAI service account key', `sk-svcacct-${shape(74)}`, 'sk-svcacct-***'],
    ['Anthropic API key', `sk-ant-api03-${shape(93)}AA`, 'sk-ant-api03-***'],
    ['Anthropic OAuth token', `sk-ant-oat01-${shape(95)}`, 'sk-ant-oat01-***'],
    ['OpenRouter key', `sk-or-v1-${shape(64, '0123456789abcdef')}`, 'sk-or-v1-***'],
    ['DeepSeek key', `sk-${shape(32, '0123456789abcdef')}`, 'sk-***'],
    ['Groq key', `gsk_${shape(52)}`, 'gsk_***'],
    ['xAI key', `xai-${shape(80)}`, 'xai-***'],
    [
      'Google API key',
      `AIzaSy${shape(33, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}`,
      'AIza***',
    ],
    ['AWS access key id', 'AKIAIOSFODNN7EXAMPLE', 'AKIA***'],
    ['AWS temporary key id', 'ASIAY34FZKBOKMUTVV7A', 'ASIA***'],
  ])('masks a %s down to its prefix', (_name, key, masked) => {
    const { text, masked: counts } = maskSecrets(
      `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    );
    expect(text).toBe(
      `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    );
    expect(counts.key).toBe(1);
    // Masking again changes nothing: the home box masks, then the search page does.
    expect(maskSecrets(text)).toEqual({ text, masked: { key: 0, token: 0, id: 0, email: 0 } });
  });

  it('masks bearer tokens, keys in assignments and headers, org and project ids, account ids and e-mail addresses', () => {
    const paste = [
      `Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.${shape(40)}.${shape(20)}`,
      `MISTRAL_API_KEY=${shape(32)}`,
      `"api-key": "${shape(32, '0123456789abcdef')}"`,
      `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
      `Rate limit reached for gpt-4o in organization org-${shape(24)} on tokens per min`,
      `in organization \`org_${shape(26)}\` service tier \`on_demand\``,
      `project proj_${shape(24)}`,
      `arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet`,
      `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/my-gcp-project-42/locations/us-central1/publishers/google/models/gemini-2.5-flash'`,
      `contact: jane.doe+ai@example.co.jp`,
    ].join('\n');
    const { text, masked } = maskSecrets(paste);
    expect(text).toBe(
      [
        'Authorization: Bearer ***',
        'MISTRAL_API_KEY=***',
        '"api-key": "***"',
        'aws_secret_access_key = ***',
        'Rate limit reached for gpt-4o in organization org-*** on tokens per min',
        'in organization `org_***` service tier `on_demand`',
        'project proj_***',
        'arn:aws:bedrock:us-east-1:***:inference-profile/us.anthropic.claude-3-5-sonnet',
        `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/***/locations/us-central1/publishers/google/models/gemini-2.5-flash'`,
        'contact: ***@***',
      ].join('\n'),
    );
    expect(masked).toEqual({ key: 3, token: 1, id: 5, email: 1 });
  });

  it('leaves what is not a secret: codes, classes, model names, package paths, already masked keys', () => {
    const paste = [
      "openai.RateLimitError: Error code: 429 - {'error': {'type': 'insufficient_quota', 'code': 'insufficient_quota'}}",
      'node_modules/.pnpm/@ai-sdk+provider-utils@1.0.20_zod@3.23.8/node_modules',
      'Incorrect API key provided: sk-***. task-runner desk-lamp',
      'claude-3-5-sonnet-20241022 gemini-2.5-flash model_not_found RESOURCE_EXHAUSTED',
    ].join('\n');
    expect(maskSecrets(paste)).toEqual({ text: paste, masked: { key: 0, token: 0, id: 0, email: 0 } });
  });
});

describe('maskedTail', () => {
  it('masks a key the cut would split, and keeps only the tail', () => {
    const key = `sk-proj-${'Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5kL7nP9rS1uV3xY5'.repeat(2)}`;
    // The cut at 60 characters from the end falls inside the key.
    const text = `${'log line\n'.repeat(5_000)}key=${key} then the error: insufficient_quota`;
    const tail = maskedTail(text, 60);
    expect(tail.length).toBeLessThanOrEqual(60);
    expect(tail).toMatch(/insufficient_quota$/);
    expect(tail).not.toContain(key.slice(-20));
  });
});
