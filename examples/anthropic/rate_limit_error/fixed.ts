// Fixed: wait as long as the API asks (retry-after), back off when it does not say,
// and stop at once when the 429 is a spend cap (the usage tier's monthly cap or a
// contract's) rather than a rate limit: waiting does not clear those.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 0 }); // the loop below does the retrying
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const spendCaps = ['enforced_spend_limit_reached', 'contract_spend_limit_reached'];

function delayMs(err: InstanceType<typeof Anthropic.RateLimitError>, attempt: number): number {
  const ms = Number(err.headers.get('retry-after-ms'));
  if (ms > 0) return ms;
  const seconds = Number(err.headers.get('retry-after'));
  if (seconds > 0) return seconds * 1000;
  return Math.min(1000 * 2 ** attempt, 60_000) * (0.75 + Math.random() / 2); // with jitter
}

async function ask(prompt: string, attempts = 6): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const msg = await client.messages.create({
        model: 'claude-sonnet-4-6',
        max_tokens: 1024,
        messages: [{ role: 'user', content: prompt }],
      });
      return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
    } catch (err) {
      if (!(err instanceof Anthropic.RateLimitError)) throw err;
      // Spend cap: same type, no retry-after, lasts until the date in the message.
      if (spendCaps.includes(err.errorCode ?? '')) throw err;
      if (attempt + 1 >= attempts) throw err;
      const wait = delayMs(err, attempt);
      console.error(`Rate limited, retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }
}

for (const report of ['Q3 report: ...', 'Q4 report: ...']) {
  try {
    console.log(await ask(`Summarise this report: ${report}`));
  } catch (err) {
    if (!(err instanceof Anthropic.RateLimitError) || !spendCaps.includes(err.errorCode ?? '')) throw err;
    console.error(`Spend cap reached (${err.errorCode}): stopping the batch until the limit is raised.`);
    process.exitCode = 2;
    break;
  }
}
