// Fixed: check the key at start-up, and stop with a clear message when the API rejects it.
import Anthropic from '@anthropic-ai/sdk';

// Keys pasted into .env files often keep quotes or a trailing newline.
const apiKey = process.env['ANTHROPIC_API_KEY']?.trim().replace(/^["']|["']$/g, '');
if (!apiKey) {
  console.error('ANTHROPIC_API_KEY is not set.');
  process.exit(2);
}
const client = new Anthropic({ apiKey });

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: 'What are your opening hours?' }],
  });
  console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
} catch (err) {
  if (!(err instanceof Anthropic.AuthenticationError)) throw err;
  console.error(
    `Anthropic rejected the API key (${err.apiMessage ?? 'authentication_error'}): ` +
      'create a key in the Claude Console and update ANTHROPIC_API_KEY. Not retrying.',
  );
  process.exitCode = 2;
}
