/**
 * The matching form of a text: lowercase words, punctuation and quoting dropped, and every
 * variable part (numbers, durations, ids, keys, model names, URLs) replaced by one
 * placeholder, in templates and pastes alike, so that two printings of one error match.
 */

/** The placeholder that replaces every variable part. */
export const VAR = '#';

/** Words per shingle: the unit of message matching ("any run of 3 words"). */
export const SHINGLE_SIZE = 3;

/**
 * A paste longer than this is read as its head and its tail: tracebacks and logs put the
 * error at the end, and matching a 100 KB log whole would hold the page's main thread.
 */
export const MAX_MATCH_CHARS = 8_000;
const HEAD_CHARS = 1_000;

/**
 * Variable parts, replaced by the placeholder in templates and queries alike. Applied in
 * order on lowercased text. Matches stop before a sentence's final punctuation so that
 * sentences can still be split afterwards.
 */
const VARIABLE_PARTS: RegExp[] = [
  // URLs, and bare host paths such as generativelanguage.googleapis.com/...
  /\b(?:https?|wss?):\/\/[^\s'"`<>]*[^\s'"`<>.,;:)\]}]/g,
  /\b(?:[a-z0-9-]+\.)+(?:com|dev|ai|io|org|net)\b(?:\/[^\s'"`<>]*[^\s'"`<>.,;:)\]}])?/g,
  // API keys: sk-..., sk-proj-..., sk-ant-..., AIza..., gsk_..., xai-...; DeepSeek's ****abcd
  /\bsk-[\w\-*.…]*[\w*…]/g,
  /\b(?:gsk_|xai-)[\w*]{4,}/g,
  /\baiza[\w-]{10,}/g,
  /\*{3,}\w{0,8}/g,
  // Ids with known prefixes: org-..., proj_..., req_..., msg_..., chatcmpl-...
  /\b(?:org|proj|req|msg|chatcmpl|batch|asst|resp|toolu|call|gen)[-_][\w\-*.…]*[\w*…]/g,
  // Model names: gpt-4o, o1-mini, claude-3-5-sonnet-20241022, gemini-2.5-flash, llama-3.3-70b,
  // deepseek-reasoner, grok-4, mistral-large-latest, ft:gpt-...
  /\b(?:ft:)?(?:gpt|chatgpt|text|davinci|babbage|whisper|tts|dall-e|claude|gemini|gemma|imagen|veo|llama|meta-llama|mixtral|mistral|codestral|deepseek|qwen|grok)-[\w.:\-/@]*\w/g,
  /\bo[1-9](?:-[\w.-]*\w)?\b/g,
  // Short backticked names: `gpt-5`, `X`
  /`[^`\s]{1,100}`/g,
  // UUIDs, and long opaque ids mixing letters and digits
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
  /\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{16,}\b/g,
  // Durations: 644ms, 1.2s, 20 seconds, 53.812100167s
  /\b\d+(?:\.\d+)?\s?(?:ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b/g,
  // Ellipses standing for an elided value: "Used …", "sk-...."
  /…|\.{3,}/g,
  // Numbers: 429, 30000, 30,000, 3.5
  /\b\d+(?:[.,]\d+)*\b/g,
];

/** A paste bounded to what matching reads: all of a short one, the head and tail of a long one. */
export function boundPaste(text: string): string {
  if (text.length <= MAX_MATCH_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(-(MAX_MATCH_CHARS - HEAD_CHARS))}`;
}

/** Lowercases, unescapes and masks variable parts. */
export function maskVariableParts(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/\\+[nrt]/g, ' ')
    .replace(/\\+(["'])/g, '$1')
    // Curly quotes are straight ones; apostrophes inside words ("model's") vanish so quoting
    // styles don't matter.
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/(\w)'(\w)/g, '$1$2');
  for (const pattern of VARIABLE_PARTS) s = s.replace(pattern, ` ${VAR} `);
  return s;
}

/** Words and placeholders; runs of placeholders collapse into one. */
export function tokenize(masked: string): string[] {
  const raw = masked.match(/#|[\p{L}\p{N}]+/gu) ?? [];
  const tokens: string[] = [];
  for (const t of raw) {
    if (t === VAR && tokens[tokens.length - 1] === VAR) continue;
    tokens.push(t);
  }
  return tokens;
}

/** The matching form of a text: its tokens joined by single spaces. */
export function normaliseForMatching(text: string): string {
  return tokenize(maskVariableParts(text)).join(' ');
}

/** Sentences of a text, each as tokens. */
export function sentenceTokens(text: string): string[][] {
  return maskVariableParts(text)
    .split(/[.!?;]+(?=\s|$)|\n/)
    .map(tokenize)
    .filter((tokens) => tokens.length > 0);
}

/** Word n-grams of exactly `size` tokens (one n-gram of all tokens when fewer). */
export function shingles(tokens: string[], size = SHINGLE_SIZE): string[] {
  if (tokens.length <= size) return tokens.length > 0 ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Every 1- to SHINGLE_SIZE-gram of a query, so that short template sentences match too. */
export function queryGrams(tokens: string[]): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let gram = '';
    for (let n = 0; n < SHINGLE_SIZE && i + n < tokens.length; n++) {
      gram = n === 0 ? tokens[i]! : `${gram} ${tokens[i + n]!}`;
      grams.add(gram);
    }
  }
  return grams;
}

/** `'message': '...'` / `"message": "..."` values inside a text. */
const MESSAGE_FIELD = /["']message["']\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g;

/** The `message` fields of a text (a body, an SDK's rendering of one), as written. */
export function messageFields(text: string): string[] {
  return [...text.matchAll(MESSAGE_FIELD)].map((m) => m[1] ?? m[2] ?? '').filter((f) => f.trim() !== '');
}
