// Fixed: a credits or spending-limit error is recognised by its text, on 403 or 429, and stops at
// once. xAI's body is {"code": "...", "error": "<sentence>"}, so openai-node puts the sentence in
// err.error (a string) and err.code stays undefined.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.XAI_API_KEY,
  baseURL: process.env.XAI_BASE_URL ?? 'https://api.x.ai/v1',
  maxRetries: 0, // a credits error must not be retried; rate limits are retried below
});

const CREDITS = /credits|spending limit|Grok subscription/i;

function xaiMessage(err: InstanceType<typeof OpenAI.APIError>): string {
  return typeof err.error === 'string' ? err.error : err.message;
}

try {
  const res = await client.chat.completions.create({
    model: 'grok-4',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.APIError) || (err.status !== 403 && err.status !== 429)) throw err;
  const message = xaiMessage(err);
  if (!CREDITS.test(message)) throw err; // a plain rate limit: see xai/rate_limit
  console.error(
    `xAI team is out of credits or at its spending limit (HTTP ${err.status}): ${message}\n` +
      'Add credits or raise the limit at https://console.x.ai. Retrying will not help.',
  );
  process.exitCode = 2;
}
