// Fixed: a quota error is recognised on the first response and never retried.
import OpenAI from 'openai';

const client = new OpenAI({ maxRetries: 0 });

const QUOTA_CODES = new Set([
  'insufficient_quota',
  'credit_balance_exhausted',
  'organization_spend_limit_exceeded',
  'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded',
]);

function isQuotaError(err: unknown): err is InstanceType<typeof OpenAI.RateLimitError> {
  return (
    err instanceof OpenAI.RateLimitError &&
    (err.type === 'insufficient_quota' || QUOTA_CODES.has(err.code ?? ''))
  );
}

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!isQuotaError(err)) throw err; // plain rate limits: see rate_limit_exceeded
  console.error(
    `OpenAI quota exhausted (${err.code ?? err.type}): add credits or raise the limit in the billing settings. Retrying will not help.`,
  );
  process.exitCode = 2;
}
