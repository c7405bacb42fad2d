// Fixed: a 400 is reported with the API's own message and never retried.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const history: Anthropic.MessageParam[] = [
  { role: 'user', content: "Here are this week's server logs: ... What went wrong?" },
];

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 1024,
    messages: history,
  });
  console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
} catch (err) {
  if (!(err instanceof Anthropic.BadRequestError)) throw err;
  // err.apiMessage is error.message from the body: it names the field or limit at fault.
  const message = err.apiMessage ?? err.message;
  if (message.startsWith('You have reached your specified')) {
    // Not a bug in the request: a spend limit set in the Console was reached.
    console.error(`Spend limit reached: ${message}`);
  } else if (message.startsWith('Your credit balance is too low')) {
    console.error('Out of credit: buy credits under Plans & Billing in the Claude Console.');
  } else {
    console.error(`Request rejected (${err.type}): ${message} [request_id ${err.requestID}]`);
  }
  process.exitCode = 2; // fix the request or the account; sending it again cannot help
}
