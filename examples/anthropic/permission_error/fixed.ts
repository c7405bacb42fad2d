// Fixed: a 403 is reported as an access problem of a valid key, with the request ID
// for support. It is not retried: the answer stays the same until access changes.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: 'Translate this paragraph into German: ...' }],
  });
  console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
} catch (err) {
  if (err instanceof Anthropic.AuthenticationError) {
    console.error('The API key was rejected (401): replace ANTHROPIC_API_KEY.');
  } else if (err instanceof Anthropic.PermissionDeniedError) {
    console.error(
      `The API key works but is not allowed to do this (${err.apiMessage ?? 'permission_error'}). ` +
        "Check the key's workspace and the organization's access in the Claude Console; " +
        `quote request ${err.requestID} to support.`,
    );
  } else {
    throw err;
  }
  process.exitCode = 2;
}
