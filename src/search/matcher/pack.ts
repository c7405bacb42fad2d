/**
 * The index as the browser downloads it, in two parts so a short query fetches only the
 * small one: `core` (codes, statuses, types, prevalence, exception names, and templates
 * too short to need shingles) and `messages` (the longer templates, needed only for queries
 * of at least SHINGLE_SIZE words). Everything derivable (provider, match modes, shingles,
 * uniqueness) is recomputed on unpacking.
 */
import { SHINGLE_SIZE, maskVariableParts, shingles, tokenize } from './normalize';
import { MIN_TEMPLATE_TOKENS } from './score';
import { codeMatchMode, countBy, genericCodes, prevalenceOf } from './templates';
import type { IndexedEntry, IndexedTemplate, MatcherIndex } from './types';

export interface PackedMatcherCore {
  version: 4;
  /** Exception class names, referred to by index. */
  exceptions: string[];
  /** Error types that differ from their entry's code, referred to by index. */
  types: string[];
  /**
   * Entries in index order, as runs of one provider each: the provider is written once per
   * run, and each key (`<provider>/<code in lowercase>`) is derived rather than written.
   * At 3,000 entries this is 8.5 KB gzipped where one full row per entry was 18.6 KB.
   */
  providers: [provider: string, rows: PackedMatcherRow[]][];
}

/**
 * [code as written, HTTP status, index into `types` (-1: the type is the code), prevalence,
 * exception indexes, short templates, the key's part after the provider when it is not the
 * code]. Trailing empty fields are left out.
 */
export type PackedMatcherRow = [
  code: string,
  httpStatus: number | null,
  type: number,
  prevalence: number,
  exceptions?: number[],
  shortTemplates?: string[],
  id?: string,
];

/** Long templates per key; each template is its sentences joined by newlines, tokens by spaces. */
export type PackedMatcherMessages = Record<string, string[]>;

function packTemplate(sentences: string[][]): string {
  return sentences.map((s) => s.join(' ')).join('\n');
}

function unpackTemplate(packed: string): IndexedTemplate {
  const sentences = packed.split('\n').map((s) => s.split(' ').filter(Boolean));
  const tokens = sentences.flat();
  return {
    text: tokens.join(' '),
    tokenCount: tokens.length,
    sentences: sentences.map((s) => ({ tokenCount: s.length, shingles: shingles(s) })),
  };
}

/** The sentences of an indexed template, as token lists (shingles overlap by design). */
function templateSentences(template: IndexedTemplate): string[][] {
  return template.sentences.map((sentence) => {
    const [first, ...rest] = sentence.shingles;
    if (first === undefined) return [];
    return [...first.split(' '), ...rest.map((s) => s.slice(s.lastIndexOf(' ') + 1))];
  });
}

function isEmptyField(value: unknown): boolean {
  return value === '' || (Array.isArray(value) && value.length === 0);
}

export function packMatcherIndex(
  index: MatcherIndex,
  codesAsWritten: ReadonlyMap<string, string>,
): { core: PackedMatcherCore; messages: PackedMatcherMessages } {
  const exceptions = [...new Set(index.entries.flatMap((e) => e.exceptions))].sort();
  const types = [
    ...new Set(index.entries.filter((e) => e.errorType !== e.code).map((e) => e.errorType)),
  ].sort();
  const messages: PackedMatcherMessages = {};
  const providers: PackedMatcherCore['providers'] = [];
  for (const entry of index.entries) {
    const short: string[] = [];
    const long: string[] = [];
    for (const template of entry.templates) {
      const packed = packTemplate(templateSentences(template));
      (template.tokenCount < MIN_TEMPLATE_TOKENS ? short : long).push(packed);
    }
    if (long.length > 0) messages[entry.key] = long;
    const code = codesAsWritten.get(entry.key) ?? entry.code;
    // Keys are `<provider>/<id>`: the browser takes the provider from the key too.
    const provider = entry.key.slice(0, entry.key.indexOf('/'));
    const id = entry.key.slice(provider.length + 1);
    const row: PackedMatcherRow = [
      code,
      entry.httpStatus,
      entry.errorType === entry.code ? -1 : types.indexOf(entry.errorType),
      entry.prevalence,
      entry.exceptions.map((name) => exceptions.indexOf(name)),
      short,
      id === code.toLowerCase() ? '' : id,
    ];
    while (row.length > 4 && isEmptyField(row.at(-1))) row.pop();
    const run = providers.at(-1);
    if (run?.[0] === provider) run[1].push(row);
    else providers.push([provider, [row]]);
  }
  return { core: { version: 4, exceptions, types, providers }, messages };
}

/** Rebuilds a MatcherIndex from its packed parts; without `messages`, long templates are left out. */
export function unpackMatcherIndex(core: PackedMatcherCore, messages?: PackedMatcherMessages): MatcherIndex {
  const rows = core.providers.flatMap(([provider, rows]) => rows.map((row) => ({ provider, row })));
  const statusCounts = countBy(rows.map(({ row }) => [row[1]]));
  const codes = rows.map(({ row }) => row[0].toLowerCase());
  const typeOf = (row: PackedMatcherRow, code: string) => (row[2] === -1 ? code : core.types[row[2]]!);
  const generic = genericCodes(
    rows.map(({ provider, row }, i) => ({ provider, code: codes[i]!, type: typeOf(row, codes[i]!) })),
  );
  const entries = rows.map(({ provider, row }, i): IndexedEntry => {
    const [code, httpStatus, , prevalence, exceptionIndexes = [], short = [], id] = row;
    const lower = codes[i]!;
    const key = `${provider}/${id || lower}`;
    return {
      key,
      provider,
      code: lower,
      codeMatch: codeMatchMode(code, httpStatus === null && row[2] === -1),
      genericCode: generic.has(`${provider}/${lower}`),
      httpStatus,
      uniqueStatus: httpStatus !== null && statusCounts.get(httpStatus) === 1,
      errorType: typeOf(row, lower),
      prevalence: prevalenceOf(prevalence),
      exceptions: exceptionIndexes.map((x) => core.exceptions[x]!),
      templates: [...short, ...(messages?.[key] ?? [])].map(unpackTemplate),
    };
  });
  return { version: 2, entries };
}

/** Whether a query is long enough for the long templates to matter (a run of SHINGLE_SIZE words). */
export function needsMessageTemplates(query: string): boolean {
  // A long paste needs them whatever it holds: no need to read all of it to know.
  if (query.length > 500) return true;
  return tokenize(maskVariableParts(query)).length >= SHINGLE_SIZE;
}
