/**
 * The error index's filter (by provider, HTTP status and severity) as pure state: what a
 * row must have to be shown, and how the filter is written in the page's URL
 * (`/en/errors/?provider=openai&status=429`), so a filtered list can be linked. The
 * `<error-filter>` element (src/client/error-filter.ts) applies it to the rendered rows;
 * without JavaScript every row shows.
 */
export const errorFilterKeys = ['provider', 'status', 'severity'] as const;
export type ErrorFilterKey = (typeof errorFilterKeys)[number];

/** A filter: the value each key must have; a key that is absent or empty lets every row through. */
export type ErrorFilter = Partial<Record<ErrorFilterKey, string>>;

/** A row's values, as its `data-provider`, `data-status` and `data-severity` attributes give them. */
export type ErrorRowFacts = Record<ErrorFilterKey, string>;

/** The `data-status` of an entry: its HTTP status, or `none` for completions and client-side errors. */
export function statusFilterValue(httpStatus: number | undefined): string {
  return httpStatus === undefined ? 'none' : String(httpStatus);
}

export function matchesErrorFilter(row: ErrorRowFacts, filter: ErrorFilter): boolean {
  return errorFilterKeys.every((key) => !filter[key] || row[key] === filter[key]);
}

export function parseErrorFilter(search: string): ErrorFilter {
  const params = new URLSearchParams(search);
  const filter: ErrorFilter = {};
  for (const key of errorFilterKeys) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export function serializeErrorFilter(filter: ErrorFilter): string {
  const params = new URLSearchParams();
  for (const key of errorFilterKeys) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
