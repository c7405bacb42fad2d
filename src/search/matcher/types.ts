/** The error matcher's data: what the build gives it, and what it answers. */
import type { ProviderId } from '~/site.config';

/** The error format a provider answers with (src/site.config.ts `providers[x].family`). */
export type Family = 'openai' | 'anthropic' | 'google' | 'aws';

/** One message of an entry, as in the frontmatter's `messages`. */
export interface MatcherMessage {
  source: string;
  exception?: string;
  text: string;
}

/** What the build passes in for each entry (from its frontmatter). */
export interface MatcherEntry {
  /** `provider/code`, code lowercased: `openai/insufficient_quota`. */
  key: string;
  provider: string;
  /** As written: `insufficient_quota`, `RESOURCE_EXHAUSTED`. */
  code: string;
  /** Absent for errors that are not an HTTP error response (client-side, a 200 that stopped short). */
  httpStatus?: number | undefined;
  /** The body's `type` (OpenAI, Anthropic), `status` (Google) or exception name (AWS). */
  errorType: string;
  /** How often the error is met, 1-5 (the frontmatter's `prevalence`); 3 when absent. */
  prevalence?: number | undefined;
  messages: MatcherMessage[];
}

export interface ErrorMatch {
  key: string;
  score: number;
  /** Signals that contributed, e.g. `["code", "message", "status"]`. */
  reasons: string[];
}

/** How an entry's code may be recognised in a paste. */
export type CodeMatchMode =
  /** As a whole token in any case (codes with `_`, `.`, `-`, or CamelCase class names). */
  | 'token'
  /** Only as written in capitals, or as a field value (`INTERNAL`, `UNAVAILABLE`). */
  | 'upper'
  /** Only as a `type`/`code`/`status` field value (a plain lowercase word, or digits only). */
  | 'field';

/** One message of an entry, reduced to what matching needs. */
export interface IndexedTemplate {
  /** The template's tokens joined by spaces (short templates must equal a message). */
  text: string;
  tokenCount: number;
  /** Shingles of each sentence of the template. */
  sentences: { tokenCount: number; shingles: string[] }[];
}

export interface IndexedEntry {
  key: string;
  provider: string;
  /** Lowercased. */
  code: string;
  codeMatch: CodeMatchMode;
  /** The code is also the `type` of another entry. */
  genericCode: boolean;
  httpStatus: number | null;
  /** No other entry has this status. */
  uniqueStatus: boolean;
  /** Lowercased. */
  errorType: string;
  /** 1 (rare) to 5 (among the most pasted). */
  prevalence: number;
  /** Exception classes, lowercased, both qualified (`openai.ratelimiterror`) and short. */
  exceptions: string[];
  templates: IndexedTemplate[];
}

/** The precomputed index: plain JSON data. */
export interface MatcherIndex {
  version: 2;
  entries: IndexedEntry[];
}

/** Structured hints read from a paste. */
export interface QueryClues {
  /** Whole tokens, lowercased, for code look-up. */
  codeTokens: Set<string>;
  /** Whole tokens as written, for capitalised plain-word codes. */
  rawTokens: Set<string>;
  /** Values of `type`/`code`/`status` fields, lowercased. */
  fieldValues: Set<string>;
  /**
   * The `message` fields of a pasted body, and each line of the paste, in matching form with
   * the variable parts at their ends dropped ("402 Insufficient Balance" is the line
   * "insufficient balance"): short messages match these whole.
   */
  messageFields: Set<string>;
  /** HTTP statuses. */
  statuses: Set<number>;
  /** Exception class names, lowercased. */
  exceptions: string[];
  /** At most SHORT_QUERY_WORDS words: read as a list of clues (`429 insufficient_quota`). */
  short: boolean;
  /** The request never got an answer: the connection failed, or no answer came in time. */
  clientFailure?: ClientFailure | undefined;
  /** The reader's own words, lowercased, runs of anything else as one space: " billing error ". */
  readerWords: string;
  /** The reader says the key was refused ("Invalid xAI API Key"), without a code or status. */
  badKey?: boolean | undefined;
}

export type ClientFailure = 'connection' | 'timeout';

/** A piece of a paste that says which provider, or which kind of provider, sent it. */
export interface ProviderClue {
  /** The provider it names, when it names one. */
  provider?: ProviderId | undefined;
  /** The error format it shows, when it shows one. */
  family?: Family | undefined;
  /** What was seen, for the reader: `api.groq.com`, `openai.RateLimitError`. */
  label: string;
  /** How much it says: 100 for a host, 80 for an SDK or wrapper label, less for a shape. */
  weight: number;
}

/** What a paste says about who sent it. */
export interface ProviderReading {
  /** The provider, when the clues establish one. */
  provider?: ProviderId | undefined;
  /** The error format, when known even if the provider is not (`openai.` SDK classes). */
  family?: Family | undefined;
  /**
   * An OpenAI-compatible server the reference has no provider for (vLLM, Ollama, a local
   * or self-hosted endpoint): its errors are never OpenAI's, whatever their shape.
   */
  service?: string | undefined;
  /** The provider named most strongly, even by a model name alone: it breaks ties, never decides. */
  hint?: ProviderId | undefined;
  /** Providers named equally strongly, none established (an app's "OpenAI API error" before DeepSeek's words). */
  contested?: ProviderId[] | undefined;
  clues: ProviderClue[];
}

/**
 * What search should say about a paste:
 * - `exact`: the provider and the code (or a known message) are both established;
 * - `shape`: the paste is from `provider` (a provider id, or the name of a server the
 *   reference does not cover, such as vLLM), which has no entry for it, but `key` is the
 *   same error in the same format at another provider (an OpenAI-compatible service's 429);
 * - `choice`: the text belongs to several entries and nothing says which (the quota
 *   sentence, which Gemini reuses from OpenAI), ordered by how common each is;
 * - `likely`: a weaker match: a code typed from memory, a status only one entry has;
 * - `none`: no entry recognised.
 */
export type Verdict =
  | { kind: 'exact'; key: string }
  | { kind: 'shape'; key: string; provider: string }
  | { kind: 'choice'; keys: string[] }
  | { kind: 'likely'; keys: string[] }
  | { kind: 'none' };

/** What was read from the paste, shown when the reference has no entry for it. */
export interface Understood {
  provider?: ProviderId | undefined;
  /** A server the reference has no provider for (vLLM, Ollama), by name. */
  service?: string | undefined;
  family?: Family | undefined;
  status?: number | undefined;
  /** The exception class as written, e.g. `openai.BadRequestError`. */
  exception?: string | undefined;
  /** Whether the text reads as an error at all (a class, a status, an error word, a provider). */
  looksLikeError: boolean;
}

export interface PasteAnalysis {
  verdict: Verdict;
  understood: Understood;
  /** Every scored entry, best first (for ranking the full-text results to agree). */
  matches: ErrorMatch[];
}
