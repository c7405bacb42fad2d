/**
 * Small pure helpers of the listing pages: the error index's filter state, where a long
 * code may wrap in a table, and the home page's most common errors.
 */
import { describe, expect, it } from 'vitest';
import {
  matchesErrorFilter,
  parseErrorFilter,
  serializeErrorFilter,
  statusFilterValue,
} from '~/lib/error-filter';
import { codeBreakParts } from '~/lib/content/code-breaks';
import { mostCommon } from '~/lib/content/prevalence';

describe('the error index filter', () => {
  const row = { provider: 'openai', status: '429', severity: 'high' };

  it('lets a row through when every set key matches, and an empty filter lets all through', () => {
    expect(matchesErrorFilter(row, {})).toBe(true);
    expect(matchesErrorFilter(row, { provider: 'openai', status: '429' })).toBe(true);
    expect(matchesErrorFilter(row, { provider: 'openai', status: '400' })).toBe(false);
    expect(matchesErrorFilter(row, { severity: 'low' })).toBe(false);
    expect(matchesErrorFilter(row, { provider: '' })).toBe(true);
  });

  it('gives errors without an HTTP status their own value', () => {
    expect(statusFilterValue(undefined)).toBe('none');
    expect(statusFilterValue(529)).toBe('529');
    expect(matchesErrorFilter({ ...row, status: 'none' }, { status: 'none' })).toBe(true);
  });

  it('round-trips through the URL, ignoring other parameters and empty values', () => {
    expect(parseErrorFilter('?provider=gemini&status=429&q=x&severity=')).toEqual({
      provider: 'gemini',
      status: '429',
    });
    expect(serializeErrorFilter({ status: '429', provider: 'gemini' })).toBe('?provider=gemini&status=429');
    expect(serializeErrorFilter({})).toBe('');
    expect(parseErrorFilter(serializeErrorFilter({ severity: 'critical' }))).toEqual({
      severity: 'critical',
    });
  });
});

describe('where a code may wrap', () => {
  it.each([
    ['unsupported_country_region_territory', ['unsupported_', 'country_', 'region_', 'territory']],
    ['RESOURCE_EXHAUSTED', ['RESOURCE_', 'EXHAUSTED']],
    ['ServiceQuotaExceededException', ['Service', 'Quota', 'Exceeded', 'Exception']],
    ['APIConnectionError', ['APIConnection', 'Error']],
    ['429', ['429']],
    ['a_', ['a_']],
  ])('%s', (code, parts) => {
    expect(codeBreakParts(code)).toEqual(parts);
    expect(codeBreakParts(code).join('')).toBe(code);
  });
});

describe('most common errors', () => {
  it('orders by prevalence, highest first, then by key, and keeps the first n', () => {
    const entries = [
      { key: 'openai/server_error', prevalence: 3 },
      { key: 'gemini/resource_exhausted', prevalence: 4 },
      { key: 'anthropic/api_error', prevalence: 3 },
      { key: 'openai/insufficient_quota', prevalence: 5 },
      { key: 'groq/x', prevalence: 1 },
    ];
    expect(mostCommon(entries, 4, (e) => e).map((e) => e.key)).toEqual([
      'openai/insufficient_quota',
      'gemini/resource_exhausted',
      'anthropic/api_error',
      'openai/server_error',
    ]);
    expect(mostCommon(entries, 10, (e) => e)).toHaveLength(5);
  });
});
