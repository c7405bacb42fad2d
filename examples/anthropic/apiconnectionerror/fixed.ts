// Fixed: connection errors (and timeouts, a subclass) are retryable too. The simplest fix
// is the SDK's own retries (maxRetries, default 2); a custom loop must include them.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 0 }); // retries are done below instead

function retryable(err: unknown): boolean {
  if (err instanceof Anthropic.APIConnectionError) return true; // no response at all
  return (
    err instanceof Anthropic.APIError && err.status !== undefined && (err.status === 429 || err.status >= 500)
  );
}

for (let attempt = 1; attempt <= 3; attempt++) {
  try {
    const msg = await client.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 512,
      messages: [{ role: 'user', content: 'Where is my order #4521?' }],
    });
    console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
    break;
  } catch (err) {
    if (!retryable(err) || attempt === 3) throw err;
    const delay = 500 * 2 ** (attempt - 1);
    console.error(`${(err as Error).message}; retrying in ${delay} ms`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
