// Broken: every 400 is treated as a bug in the request, so an empty credit balance
// sends the developer off to debug parameters that are fine.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: 'Draft a reply to this customer email: ...' }],
  });
  console.log(msg.content);
} catch (err) {
  if (err instanceof Anthropic.BadRequestError) {
    console.error('Invalid request: check the model name and message format.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
