/**
 * "Same status elsewhere": entries of other providers that answer with the same HTTP
 * status. A developer who moves between providers meets these side by side.
 */
export interface StatusFacts {
  provider: string;
  /** Absent for errors that are not an HTTP error response: those have no status to share. */
  httpStatus?: number | undefined;
}

export function sameStatusElsewhere<T>(
  entry: T,
  candidates: readonly T[],
  facts: (e: T) => StatusFacts,
): T[] {
  const own = facts(entry);
  return candidates.filter((c) => {
    const f = facts(c);
    return (
      c !== entry &&
      own.httpStatus !== undefined &&
      f.provider !== own.provider &&
      f.httpStatus === own.httpStatus
    );
  });
}
