// Broken: a hand-written retry loop that decides by HTTP status. A connection error has
// no status (err.status is undefined), so it is never retried.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 0 }); // retries are done below instead

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
    const status = (err as { status?: number }).status;
    if (status !== undefined && (status === 429 || status >= 500) && attempt < 3) continue;
    console.error(`Giving up (status ${status}): ${(err as Error).message}`);
    process.exitCode = 1;
    break;
  }
}
