// Fixed: an expired OAuth token is told apart from a bad API key by the API's message, and the
// message says how to get a new token. Retrying with the same token cannot succeed.
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
  const message = err.apiMessage ?? err.message;
  if (/OAuth token has expired/i.test(message)) {
    console.error(
      'The OAuth access token has expired (authentication_error). Sign in again (claude, then /login) ' +
        'or, for CI, create a long-lived token with `claude setup-token`, and update the token this ' +
        'program sends. A new API key does not renew an OAuth login.',
    );
  } else {
    console.error(`Credential rejected (authentication_error): ${message} [request ${err.requestID}]`);
  }
  process.exitCode = 2;
}
