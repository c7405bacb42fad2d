// Fixed: billing problems stop the worker at once and need a person; only transient
// errors (429, 5xx, 529) are left to retries.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic(); // the SDK already retries 429 and 5xx twice, not 402

function isBillingProblem(err: InstanceType<typeof Anthropic.APIError>): boolean {
  return (
    err.status === 402 || // PaymentRequiredError from @anthropic-ai/sdk 1.5.0 on
    err.type === 'billing_error' ||
    // An exhausted prepaid balance has been reported as a 400 invalid_request_error.
    (err.status === 400 && /credit balance is too low/i.test(err.apiMessage ?? ''))
  );
}

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Classify this support ticket: ...' }],
  });
  console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
} catch (err) {
  if (!(err instanceof Anthropic.APIError) || !isBillingProblem(err)) throw err;
  console.error(
    `Billing problem (${err.status} ${err.type ?? 'unknown'}): check the payment method ` +
      `and credits in the Claude Console. The job is paused, not re-queued. [${err.requestID}]`,
  );
  process.exitCode = 2;
}
