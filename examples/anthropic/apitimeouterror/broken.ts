// Broken: a latency budget set as the client timeout, but the default retries stay on.
// Each attempt waits the full second, so the user waits three times as long (plus backoff)
// and then gets an unhandled APIConnectionTimeoutError anyway.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ timeout: 1_000 }); // autocomplete must answer within 1 s

const msg = await client.messages.create({
  model: 'claude-haiku-4-5',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Complete: const session = await auth.login(user);' }],
});
console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
