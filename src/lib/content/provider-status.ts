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
  // Azure OpenAI writes `code` as a string, sometimes the status itself ("401", "429", "404").
  // The content filter's 400 is on the prompt; a filtered completion is an HTTP 200.
  'azure-openai': {
    by: 'code',
    statuses: {
      content_filter: 400,
      OperationNotSupported: 400,
      '401': 401,
      DeploymentNotFound: 404,
      '404': 404,
      '429': 429,
    },
  },
  // Amazon Bedrock Runtime API reference, "Errors" of InvokeModel and Converse; checked against
  // the service model both SDKs are generated from (httpStatusCode in botocore's
  // data/bedrock-runtime/2023-09-30/service-2.json, the error schemas' httpError in
  // @aws-sdk/client-bedrock-runtime 3.1178.0). ServiceQuotaExceededException is a 400, not a 429.
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
  // DeepSeek's "Error Codes" page. Its bodies put "invalid_request_error" in `code` for
  // every error, so the entries are keyed by a slug of the documented name or message.
  deepseek: {
    by: 'code',
    statuses: {
      missing_reasoning_content: 400,
      authentication_fails: 401,
      insufficient_balance: 402,
      server_overloaded: 503,
    },
  },
  // OpenRouter's "Errors and Debugging" and "Limits" pages. Its `error.code` is the HTTP
  // status as a number, so the entries are keyed by a slug of the message.
  openrouter: {
    by: 'code',
    statuses: {
      no_auth: 401,
      insufficient_credits: 402,
      no_endpoints: 404,
      rate_limit: 429,
    },
  },
  // Groq's error codes page (console.groq.com/docs/errors) and rate-limits page; the codes as
  // its bodies write them. A 413 "Request too large" also carries rate_limit_exceeded: the entry
  // is the 429.
  groq: {
    by: 'code',
    statuses: {
      rate_limit_exceeded: 429,
      invalid_api_key: 401,
      model_decommissioned: 400,
      tool_use_failed: 400,
    },
  },
  // Mistral's bodies have no stable code (null, "1300", 3001...): the entries are keyed by the
  // validation error's type (extra_forbidden) or a slug. Statuses from the SDKs' error mapping
  // (422 HTTPValidationError) and the rate-limit docs (429).
  mistral: {
    by: 'code',
    statuses: {
      extra_forbidden: 422,
      rate_limit: 429,
      unauthorized: 401,
    },
  },
  // xAI's "Debugging errors" page: 400 for an incorrect API key, 403 for a team without
  // permission, 429 for rate limits. Its body is {code, error} with no error code of its own, so
  // the entries are slugs. Credits used up has also been seen as 429 (said in the entry).
  xai: {
    by: 'code',
    statuses: {
      no_credits: 403,
      rate_limit: 429,
      incorrect_api_key: 400,
    },
  },
};

/** The documented status for an entry, or undefined when the table does not list it. */
export function expectedStatus(provider: string, code: string, errorType: string): number | undefined {
  const table = documentedStatus[provider];
  if (!table) return undefined;
  return table.statuses[table.by === 'code' ? code : errorType];
}
