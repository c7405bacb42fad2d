/**
 * Pasted errors carry secrets: API keys inside "Incorrect API key provided: sk-...",
 * bearer tokens in logged headers, organization and project ids, e-mail addresses. Before
 * any of a paste leaves the reader's browser in a URL (the search page's `?q=`, which a
 * host's access log keeps and a reader copies into a forum; the request-an-entry link),
 * it goes through `maskSecrets`. A key keeps its prefix (`sk-ant-***`), which says which
 * provider issued it, and loses the rest.
 */

interface SecretPattern {
  /** What it is, for the reader ("3 keys masked"). */
  kind: 'key' | 'token' | 'id' | 'email';
  pattern: RegExp;
  /** The replacement: `$1` keeps the prefix the pattern captured. */
  replacement: string;
}

/** Characters a key's secret part is made of, including the `*` of an already masked key. */
const secret = String.raw`[A-Za-z0-9_\-*]`;

const patterns: SecretPattern[] = [
  // Authorization headers and their logged forms: `Bearer eyJ...`, `Basic dXNl...`.
  { kind: 'token', pattern: /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=*-]{8,}/g, replacement: '$1 ***' },
  // Provider keys by prefix: OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-), Anthropic
  // (sk-ant-api03-, sk-ant-oat01-), OpenRouter (sk-or-v1-), DeepSeek (sk-), Groq (gsk_),
  // xAI (xai-), Google (AIza), Hugging Face (hf_).
  {
    kind: 'key',
    pattern: new RegExp(
      // The bare `sk-` never takes a longer prefix's key: `sk-proj-***` (already masked) stays
      // as it is, so masking twice (the home box, then the search page) keeps the prefix.
      String.raw`\b(sk-ant-(?:api|admin|oat)\d\d-|sk-or-v1-|sk-proj-|sk-svcacct-|sk-admin-|sk-None-|sk-(?!(?:ant-(?:api|admin|oat)\d\d|or-v1|proj|svcacct|admin|None)-)|gsk_|xai-|hf_)${secret}{8,}`,
      'g',
    ),
    replacement: '$1***',
  },
  { kind: 'key', pattern: new RegExp(String.raw`\b(AIza)${secret}{20,}`, 'g'), replacement: '$1***' },
  // AWS access key ids (AKIA long-term, ASIA temporary) and secret keys in assignments.
  { kind: 'key', pattern: /\b(AKIA|ASIA)[A-Z0-9*]{12,}\b/g, replacement: '$1***' },
  {
    kind: 'key',
    pattern:
      /\b(aws_secret_access_key|secretAccessKey|AWS_SECRET_ACCESS_KEY)(["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=*]{16,}/g,
    replacement: '$1$2***',
  },
  // A key in an assignment or header whatever its shape (Mistral's and Azure's have no prefix).
  {
    kind: 'key',
    pattern:
      /\b((?:[A-Z]+_)?API_KEY|api[_-]?key|x-api-key|api-key|Ocp-Apim-Subscription-Key|subscription[_-]?key)(["']?\s*[:=]\s*["']?)(?!\*\*\*)[A-Za-z0-9_\-.*]{16,}/gi,
    replacement: '$1$2***',
  },
  // Organization and project ids: OpenAI org-/proj_, Groq org_, Anthropic's organization ids.
  {
    kind: 'id',
    pattern: new RegExp(String.raw`\b(org-|org_|proj_)${secret}{6,}`, 'g'),
    replacement: '$1***',
  },
  // AWS account ids inside ARNs, and Google Cloud project ids in resource names.
  { kind: 'id', pattern: /\b(arn:aws[\w-]*:[\w-]+:[\w-]*:)\d{12}(?=:)/g, replacement: '$1***' },
  {
    kind: 'id',
    pattern: /\b(projects\/)(?!\*\*\*)[a-z][a-z0-9-]{4,28}[a-z0-9](?=\/)/g,
    replacement: '$1***',
  },
  // E-mail addresses (the TLD must be letters: `pkg@1.2.3` in a path is not one).
  {
    kind: 'email',
    pattern: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,
    replacement: '***@***',
  },
];

export interface MaskedText {
  text: string;
  /** How many secrets of each kind were masked. */
  masked: Record<SecretPattern['kind'], number>;
}

/** The text with every secret replaced, and a count of what was replaced. */
export function maskSecrets(text: string): MaskedText {
  const masked: MaskedText['masked'] = { key: 0, token: 0, id: 0, email: 0 };
  let out = text;
  for (const { kind, pattern, replacement } of patterns) {
    out = out.replace(pattern, (match: string, ...rest: unknown[]) => {
      // The captured groups, before the offset and the whole string the callback also gets.
      const groups = rest
        .filter((value): value is string | undefined => typeof value !== 'number')
        .slice(0, -1);
      const result = replacement.replace(/\$(\d)/g, (_, n: string) => groups[Number(n) - 1] ?? '');
      // A key that was already masked (`sk-***`) counts as nothing new.
      if (result !== match) masked[kind]++;
      return result;
    });
  }
  return { text: out, masked };
}

/**
 * The last `max` characters of a text, masked: a long paste is masked only where it is kept
 * (masking 100 KB to keep 2 KB is a long task on every key). The part masked reaches back
 * further than the part kept, so a secret cut where the tail begins is masked before it is cut.
 */
export function maskedTail(text: string, max: number): string {
  const reach = max + 512;
  const masked = maskSecrets(text.length > reach ? text.slice(-reach) : text).text;
  return masked.length > max ? masked.slice(-max) : masked;
}
