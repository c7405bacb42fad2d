// Broken: every 401 is reported as a bad API key. When the credential is an OAuth access token
// (ANTHROPIC_AUTH_TOKEN, sent as "Authorization: Bearer"), that sends people to the wrong fix.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic(); // ANTHROPIC_API_KEY, or else ANTHROPIC_AUTH_TOKEN (an OAuth token)

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: 'Review the diff in this pull request.' }],
  });
  console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
} catch (err) {
  if (!(err instanceof Anthropic.AuthenticationError)) throw err;
  console.error('Invalid API key: create a new key in the Claude Console and set ANTHROPIC_API_KEY.');
  process.exitCode = 1;
}
