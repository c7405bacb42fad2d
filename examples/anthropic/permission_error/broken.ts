// Broken: 401 and 403 are handled as one "bad key" case, so the team rotates a key
// that works and the real cause (workspace or organization access) stays in place.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: 'Translate this paragraph into German: ...' }],
  });
  console.log(msg.content);
} catch (err) {
  if (err instanceof Anthropic.AuthenticationError || err instanceof Anthropic.PermissionDeniedError) {
    console.error('Invalid API key. Generate a new key and try again.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
