/**
 * The words of a paste worth a full-text search. Pagefind ANDs every word of a query, so a
 * whole traceback (paths, line numbers, timestamps, request ids) matches no page; and a
 * question with one word no page has ("対処法") finds nothing either. These are the words
 * that say which error it is, most telling first: codes (`insufficient_quota`,
 * `RESOURCE_EXHAUSTED`), exception classes (`ThrottlingException`), error statuses, then the
 * message's own words, the ones near the end first (tracebacks and logs end with the error).
 */
import { englishFor } from './aliases';
import { boundPaste } from './normalize';

export interface SearchTerm {
  term: string;
  /** 3 a code or class, 2 a status, 1 a word. */
  weight: number;
}

/** A query of more words than this, or on several lines, is a paste: Pagefind gets its telling words. */
export const MAX_TYPED_WORDS = 12;
/** A "word" longer than this is a hash, base64 or a key: nothing to search for. */
export const MAX_WORD_LENGTH = 40;

export function isPaste(query: string): boolean {
  return query.includes('\n') || query.trim().split(/\s+/).length > MAX_TYPED_WORDS;
}

/** Noise removed before words are read: paths, URLs, ids, hashes, timestamps, line numbers. */
const NOISE: RegExp[] = [
  /\bhttps?:\/\/\S+/g,
  /(?:[A-Za-z]:)?(?:[\\/][\w.@+~-]+){2,}[\\/]?/g,
  /\bFile "[^"]*", line \d+(?:, in \S+)?/g,
  /\bline \d+\b/gi,
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
  /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b(?:req|msg|chatcmpl|call|toolu|org|proj|gen|resp|batch|asst)[-_][\w*-]+/g,
  /\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{16,}\b/g,
  /\bsk-[\w*-]+|\bAIza[\w-]+|\*{3,}\w*/g,
];

/** Words that are in every traceback or log, or say nothing about the error. */
const COMMON = new Set(
  (
    'traceback most recent call last file line raise raised return self args kwargs await async function ' +
    'python site packages node modules internal process lib dist src index main module anonymous object ' +
    'error errors exception exceptions the and for with that this from your you are was were have has been ' +
    'not please again when then than into there their what which while will would could should does did ' +
    'info debug warn warning level time date request response status code message type param none null true false ' +
    'http https json data body content text value values version client server api ' +
    // English function words: they say nothing about which error it is.
    'after before instead other others directly some any all only just also about over under more such same ' +
    'very can cannot may might must here where how why who its our out off get got use used using'
  ).split(' '),
);

const CODE = /^(?=.*[a-z0-9])[a-z][a-z0-9]*(?:_[a-z0-9]+)+$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** A class name (`RateLimitError`, `APIConnectionError`, `openai.RateLimitError`), not a shouted word (`ERROR`). */
const CLASS = /^(?:[A-Za-z_]\w*\.)*([A-Z]\w*)$/;
const isClassName = (name: string) => /[a-z]/.test(name) && /[A-Z].*[A-Z]/.test(name);
const japaneseRun = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]+/u;

/** Splits Japanese into words with the browser's (or Node's) segmenter, dropping particles. */
function japaneseWords(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [text];
  const words: string[] = [];
  for (const { segment, isWordLike } of new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)) {
    // A lone hiragana word is a particle or an ending (は, が, した); kanji and katakana carry the meaning.
    if (isWordLike && !/^[\p{Script=Hiragana}ー]+$/u.test(segment)) words.push(segment);
  }
  return words;
}

/** The paste's search terms, most telling first, at most `max`. */
export function distinctiveTerms(paste: string, max = 8): SearchTerm[] {
  let text = boundPaste(paste);
  for (const pattern of NOISE) text = text.replace(pattern, ' ');
  const raw = text.match(/[\p{L}\p{N}_.-]+/gu) ?? [];
  const seen = new Map<string, { term: string; weight: number; position: number }>();
  raw.forEach((token, position) => {
    const word = token.replace(/^[.-]+|[.-]+$/g, '');
    // Japanese runs are split into words below; any other run this long is not a word.
    if (word === '' || (word.length > MAX_WORD_LENGTH && !japaneseRun.test(word))) return;
    const candidates: { term: string; weight: number }[] = [];
    const className = CLASS.exec(word)?.[1];
    const asClass = className && isClassName(className) ? className : undefined;
    if (CODE.test(word)) candidates.push({ term: word, weight: 3 });
    else if (asClass) candidates.push({ term: asClass, weight: 3 });
    else if (/^[45]\d\d$/.test(word)) candidates.push({ term: word, weight: 2 });
    else if (japaneseRun.test(word))
      for (const part of japaneseWords(word)) candidates.push({ term: part, weight: 1 });
    else {
      for (const part of word.split('.')) {
        const lower = part.toLowerCase();
        if (/^[a-z][a-z-]{3,}$/.test(lower) && !COMMON.has(lower))
          candidates.push({ term: lower, weight: 1 });
      }
    }
    for (const candidate of candidates) {
      const key = candidate.term.toLowerCase();
      // The last place a word appears is the one that counts: the error is at the end.
      seen.set(key, { ...candidate, position });
    }
  });
  // A Japanese phrase's English meaning is worth as much as a status: the pages say it in both.
  for (const word of englishFor(text).split(/\s+/).filter(Boolean))
    if (!seen.has(word)) seen.set(word, { term: word, weight: 2, position: raw.length });
  return [...seen.values()]
    .sort((a, b) => b.weight - a.weight || b.position - a.position)
    .slice(0, max)
    .map(({ term, weight }) => ({ term, weight }));
}

/**
 * What Pagefind gets for a query: a typed query as typed, a paste as its telling words. Null
 * for text nothing can be read from (random bytes, a run of brackets, one 10,000-character
 * token): it gets the no-match answer, not pages that happen to share a fragment with it. A
 * paste is readable with a code, class or status among its words, or three telling words.
 */
export function fullTextQueryFor(query: string, terms: readonly SearchTerm[]): string | null {
  if (!isPaste(query)) {
    // Typed: readable with a word of a word's length, or Japanese words (which have no spaces).
    const aWord = query.split(/\s+/).some((word) => word.length > 0 && word.length <= MAX_WORD_LENGTH);
    return aWord || japaneseRun.test(query) ? query : null;
  }
  const readable = terms.length >= 3 || terms.some((t) => t.weight >= 2);
  return readable ? terms.map((t) => t.term).join(' ') : null;
}
