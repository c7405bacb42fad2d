/**
 * Each provider's documented HTTP status per error, from ../shared/facts/ai-api-errors.md
 * and the sources each entry cites. An entry whose `httpStatus` disagrees with this table
 * stops the build, so a seed's wrong status (401 for insufficient_quota) cannot come back.
 * Only error responses are checked: completions and client-side errors have no status.
 *
 * OpenAI and the services that copy its format reuse `type` values across statuses, so
 * they are keyed by `code`; Anthropic by `type`; Google (Gemini, Vertex AI) by `status`;
 * Bedrock by the exception name, which is its code.
 */
export const documentedStatus: Record<
  string,
  { by: 'code' | 'errorType'; statuses: Record<string, number> }
> = {
  openai: {
    by: 'code',
    statuses: {
      insufficient_quota: 429,
      invalid_api_key: 401,
      mismatched_organization: 401,
      unsupported_country_region_territory: 403,
      model_not_found: 404,
      rate_limit_exceeded: 429,
      context_length_exceeded: 400,
      server_error: 500,
      server_is_overloaded: 503,
      unsupported_parameter: 400,
      unsupported_value: 400,
      // Keyed by what the error is about: the API writes the generic invalid_value (null
      // before 2025) for max_tokens_too_large and null for invalid_tool_message_order; the
      // verification refusals carry unsupported_value (a 403 when the model itself is refused).
      max_tokens_too_large: 400,
      invalid_tool_message_order: 400,
      content_policy_violation: 400,
      billing_hard_limit_reached: 400,
      organization_verification_required: 400,
    },
  },
  anthropic: {
    by: 'errorType',
    statuses: {
      invalid_request_error: 400,
      authentication_error: 401,
      billing_error: 402,
      permission_error: 403,
      not_found_error: 404,
      request_too_large: 413,
      rate_limit_error: 429,
      api_error: 500,
      timeout_error: 504,
      overloaded_error: 529,
    },
  },
  gemini: {
    by: 'errorType',
    statuses: {
      INVALID_ARGUMENT: 400,
      FAILED_PRECONDITION: 400,
      PERMISSION_DENIED: 403,
      NOT_FOUND: 404,
      RESOURCE_EXHAUSTED: 429,
      INTERNAL: 500,
      UNAVAILABLE: 503,
      DEADLINE_EXCEEDED: 504,
    },
  },
  'azure-openai': {
    by: 'code',
    statuses: {},
  },
  // Amazon Bedrock Runtime API reference, "Errors" of InvokeModel and Converse.
  bedrock: {
    by: 'code',
    statuses: {
      ValidationException: 400,
      ServiceQuotaExceededException: 400,
      AccessDeniedException: 403,
      ResourceNotFoundException: 404,
      ModelTimeoutException: 408,
      ModelErrorException: 424,
      ThrottlingException: 429,
      ModelNotReadyException: 429,
      InternalServerException: 500,
      ServiceUnavailableException: 503,
    },
  },
  'vertex-ai': {
    by: 'errorType',
    statuses: {
      INVALID_ARGUMENT: 400,
      FAILED_PRECONDITION: 400,
      PERMISSION_DENIED: 403,
      NOT_FOUND: 404,
      RESOURCE_EXHAUSTED: 429,
      INTERNAL: 500,
      UNAVAILABLE: 503,
      DEADLINE_EXCEEDED: 504,
    },
  },
  deepseek: {
    by: 'code',
    statuses: {},
  },
  openrouter: {
    by: 'code',
    statuses: {},
  },
  groq: {
    by: 'code',
    statuses: {},
  },
  mistral: {
    by: 'code',
    statuses: {},
  },
  xai: {
    by: 'code',
    statuses: {},
  },
};

/** The documented status for an entry, or undefined when the table does not list it. */
export function expectedStatus(provider: string, code: string, errorType: string): number | undefined {
  const table = documentedStatus[provider];
  if (!table) return undefined;
  return table.statuses[table.by === 'code' ? code : errorType];
}
