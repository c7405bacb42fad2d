// Broken: the SDK's retries are switched off and the loop retries at once, ignoring
// retry-after. Every instant retry counts against the same per-minute limit.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 0 });

let answered = false;
for (let attempt = 1; attempt <= 3 && !answered; attempt++) {
  try {
    const msg = await client.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'Summarise this report: ...' }],
    });
    console.log(msg.content);
    answered = true;
  } catch (err) {
    if (!(err instanceof Anthropic.RateLimitError)) throw err;
    console.error(`Rate limited, retrying immediately (attempt ${attempt})`);
  }
}
if (!answered) {
  console.error('Giving up.');
  process.exitCode = 1;
}
