/**
 * "Same status elsewhere": entries of other providers that answer with the same HTTP
 * status. A developer who moves between providers meets these side by side.
 */
export interface StatusFacts {
  provider: string;
  httpStatus: number;
}

export function sameStatusElsewhere<T>(
  entry: T,
  candidates: readonly T[],
  facts: (e: T) => StatusFacts,
): T[] {
  const own = facts(entry);
  return candidates.filter((c) => {
    const f = facts(c);
    return c !== entry && f.provider !== own.provider && f.httpStatus === own.httpStatus;
  });
}
