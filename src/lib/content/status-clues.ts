/**
 * The HTTP status pages' facts: which entries answer with each status, and for each entry
 * the clue that tells it apart from the others with that status (a 429 from OpenAI,
 * Anthropic, Gemini, Azure, Bedrock...). Derived from the entries' own frontmatter (code,
 * type, the raw bodies in `messages`) and the providers' hosts in src/site.config.ts, never
 * written by hand, so a clue cannot drift from the entry.
 *
 * Where the code sits depends on the provider's error format (`family`): AWS names the
 * exception (`x-amzn-ErrorType`, the SDK's class), Google writes `error.status`, Anthropic
 * `error.type`, and OpenAI and the services that copy it put it in `error.code` or
 * `error.type`, or, for some of those services, in a top-level `code` or `type`. For
 * those, the field is found in the entry's recorded bodies.
 */

export type ErrorFamily = 'openai' | 'anthropic' | 'google' | 'aws';

export interface ClueSource {
  key: string;
  provider: string;
  code: string;
  errorType: string;
  /** Absent for completions and client-side errors: they have no status page. */
  httpStatus?: number | undefined;
  messages: readonly { source: string; text: string }[];
}

export interface ClueProvider {
  family: ErrorFamily;
  hosts: readonly string[];
}

export interface StatusClue {
  /**
   * Where the error says what it is: a dotted path in the JSON body (`error.code`,
   * `error.status`, `code`), or `exception` for AWS's exception name. Absent when the
   * recorded bodies carry no code (then `message` is set).
   */
  field?: string | undefined;
  value?: string | undefined;
  /** The hosts of the provider's API and docs: what a log line or a URL in the paste shows. */
  hosts: readonly string[];
  /**
   * The error's message, when the field alone does not tell this entry from another of the
   * same provider with the same status, or when there is no field.
   */
  message?: string | undefined;
}

export interface StatusGroup<T> {
  status: number;
  entries: T[];
}

/** Entries by HTTP status, statuses ascending; an entry without a status is on no page. */
export function groupByStatus<T>(entries: readonly T[], statusOf: (entry: T) => number | undefined): StatusGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const entry of entries) {
    const status = statusOf(entry);
    if (status === undefined) continue;
    groups.set(status, [...(groups.get(status) ?? []), entry]);
  }
  return [...groups.keys()].sort((a, b) => a - b).map((status) => ({ status, entries: groups.get(status)! }));
}

/** The JSON in a recorded body (a raw response may start with a status line and headers). */
function parseBody(text: string): unknown {
  const start = text.search(/[[{]/);
  if (start === -1) return undefined;
  try {
    return JSON.parse(text.slice(start)) as unknown;
  } catch {
    return undefined;
  }
}

/** Dotted paths to every string value in a JSON value (array positions are skipped). */
function stringFields(value: unknown, path: string[] = [], out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path.join('.'), value]);
  else if (Array.isArray(value)) for (const item of value) stringFields(item, path, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringFields(item, [...path, key], out);
  }
  return out;
}

/** The recorded raw bodies of an entry, parsed; those that are not JSON are left out. */
function bodies(entry: ClueSource): unknown[] {
  return entry.messages
    .filter((m) => m.source === 'http')
    .map((m) => parseBody(m.text))
    .filter((b) => b !== undefined);
}

const messageFields = ['error.message', 'message', 'error', 'detail'];

/** Shortens a message to one line of at most `max` characters. */
function oneLine(text: string, max = 140): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The first recorded message's text: the body's message field, or the first line the SDK prints. */
export function errorMessage(entry: ClueSource): string | undefined {
  for (const body of bodies(entry)) {
    const fields = stringFields(body);
    for (const name of messageFields) {
      const found = fields.find(([path]) => path === name);
      if (found && found[1].trim()) return oneLine(found[1]);
    }
  }
  const first = entry.messages[0]?.text.split('\n').find((line) => line.trim());
  return first ? oneLine(first) : undefined;
}

/**
 * Where the entry's code is written: AWS's exception name; otherwise the body field that
 * holds the code, else the type, as the entry's recorded bodies show; for Google and
 * Anthropic, whose formats fix the field, `error.status` and `error.type` even when no
 * body is recorded.
 */
export function codeField(
  entry: ClueSource,
  family: ErrorFamily,
): { field: string; value: string } | undefined {
  if (family === 'aws') return { field: 'exception', value: entry.code };
  const fields = bodies(entry).flatMap((body) => stringFields(body));
  // The shallowest path wins (`error.code` over a copy inside `error.metadata`), then a
  // field named `code`, `type`, `status` in that order (OpenAI's insufficient_quota is both
  // its code and its type: the code is what its docs key it by).
  const rank = (path: string) => {
    const name = path.split('.').at(-1)!;
    const named = ['code', 'type', 'status'].indexOf(name);
    return path.split('.').length * 10 + (named === -1 ? 9 : named);
  };
  for (const value of [entry.code, entry.errorType]) {
    const found = fields
      .filter(([path, text]) => text === value && path !== '' && !messageFields.includes(path))
      .sort((a, b) => rank(a[0]) - rank(b[0]))[0];
    if (found) return { field: found[0], value };
  }
  if (family === 'google') return { field: 'error.status', value: entry.errorType };
  if (family === 'anthropic') return { field: 'error.type', value: entry.errorType };
  return undefined;
}

/**
 * The clue for each entry of one status page, in the order given. `providerOf` gives an
 * entry's error format and hosts.
 */
export function statusClues(
  entries: readonly ClueSource[],
  providerOf: (provider: string) => ClueProvider,
): Map<string, StatusClue> {
  const located = entries.map((entry) => {
    const provider = providerOf(entry.provider);
    return { entry, provider, where: codeField(entry, provider.family) };
  });
  const clues = new Map<string, StatusClue>();
  for (const { entry, provider, where } of located) {
    // Another entry of the same provider whose field says the same: only the message differs.
    const ambiguous =
      !where ||
      located.some(
        (other) =>
          other.entry !== entry &&
          other.entry.provider === entry.provider &&
          other.where?.field === where.field &&
          other.where.value === where.value,
      );
    clues.set(entry.key, {
      ...(where ? { field: where.field, value: where.value } : {}),
      hosts: provider.hosts,
      ...(ambiguous ? { message: errorMessage(entry) } : {}),
    });
  }
  return clues;
}
