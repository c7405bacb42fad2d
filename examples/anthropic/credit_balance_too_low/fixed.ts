// Fixed: the credit-balance 400 is recognised and reported as a billing problem.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

type APIError = InstanceType<typeof Anthropic.APIError>;

// The API sends this case as a plain invalid_request_error, so the message is the only
// signal. Should it arrive as a 402 billing_error instead, the same check still holds.
function isOutOfCredit(err: unknown): err is APIError {
  if (!(err instanceof Anthropic.APIError)) return false;
  if (err.status === 402 || err.type === 'billing_error') return true;
  return err.status === 400 && /credit balance is too low/i.test(err.apiMessage ?? '');
}

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: 'Draft a reply to this customer email: ...' }],
  });
  console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
} catch (err) {
  if (!isOutOfCredit(err)) throw err;
  console.error(
    `Anthropic credit balance is too low (request ${err.requestID ?? 'unknown'}): ` +
      'buy credits under Plans & Billing in the Claude Console. Retrying will not help.',
  );
  process.exitCode = 2;
}
