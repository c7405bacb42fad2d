// Fixed: let the SDK retry 5xx responses with backoff, and match on the status,
// not on `code` (which is null for a 500).
import OpenAI from 'openai';

const client = new OpenAI({ maxRetries: 3 }); // retries 408, 409, 429 and 5xx with backoff

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.InternalServerError)) throw err; // any status >= 500
  // Still failing after the retries: report it with the request ID for support.
  console.error(
    `OpenAI server error ${err.status} (type ${err.type ?? 'unknown'}, request ${err.requestID ?? 'n/a'}). ` +
      'Check https://status.openai.com and try again later.',
  );
  process.exitCode = 3;
}
