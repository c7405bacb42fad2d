// Fixed: 529 overloaded_error is transient. After the SDK's own quick retries, wait
// longer with exponential backoff and jitter, honouring any retry hint, then try again.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic(); // keeps its 2 automatic retries
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function backoffMs(err: InstanceType<typeof Anthropic.APIError>, attempt: number): number {
  const ms = Number(err.headers?.get('retry-after-ms'));
  if (ms > 0) return ms;
  const seconds = Number(err.headers?.get('retry-after'));
  if (seconds > 0) return seconds * 1000;
  return Math.min(5000 * 2 ** attempt, 120_000) * (0.5 + Math.random()); // spread the load
}

async function chat(text: string, attempts = 4): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const msg = await client.messages.create({
        model: 'claude-sonnet-4-6',
        max_tokens: 256,
        messages: [{ role: 'user', content: text }],
      });
      return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
    } catch (err) {
      // OverloadedError (529) extends InternalServerError in @anthropic-ai/sdk 1.5.0+.
      if (!(err instanceof Anthropic.APIError) || err.status !== 529 || attempt + 1 >= attempts) throw err;
      const wait = backoffMs(err, attempt);
      console.error(`Claude is overloaded (529), retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }
}

console.log(await chat('Say hello in French.'));
