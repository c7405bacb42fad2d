/**
 * Where a long error code may wrap in a narrow column: after `_`, `.`, `-` or `/`, and
 * between a lower-case letter or digit and the capital that starts the next word
 * (`Service|Quota|Exceeded|Exception`). The template puts a `<wbr>` between the parts, so
 * `unsupported_country_region_territory` wraps at its underscores instead of widening its
 * table or breaking mid-word; copying the code still copies it whole.
 */
export function codeBreakParts(code: string): string[] {
  return code.split(/(?<=[_./-])(?=.)|(?<=[a-z0-9])(?=[A-Z])/).filter((part) => part !== '');
}
