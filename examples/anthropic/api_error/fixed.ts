// Fixed: keep the SDK's automatic retries (with backoff) for 5xx errors, allow a few
// more for a background job, and log the request ID if it still fails.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 4 }); // default is 2

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: 'Where is my order #4521?' }],
  });
  console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
} catch (err) {
  if (!(err instanceof Anthropic.InternalServerError)) throw err;
  // Still failing after 5 attempts: report it, with the ID Anthropic support asks for.
  console.error(`Claude API error ${err.status} (${err.type}), request_id ${err.requestID}`);
  process.exitCode = 1;
}
