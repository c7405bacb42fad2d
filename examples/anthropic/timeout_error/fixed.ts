// Fixed: a timeout on either side (client or API gateway) is retried with backoff.
// For long outputs, stream instead: client.messages.stream({...}).finalMessage().
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 0 }); // the loop below does the retrying
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isTimeout(err: unknown): err is InstanceType<typeof Anthropic.APIError> {
  if (err instanceof Anthropic.APIConnectionTimeoutError) return true; // no answer in time
  return err instanceof Anthropic.APIError && (err.status === 504 || err.type === 'timeout_error');
}

async function summarise(doc: string, attempts = 5): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const msg = await client.messages.create({
        model: 'claude-sonnet-4-6',
        max_tokens: 4096,
        messages: [{ role: 'user', content: `Summarise each section of this design document: ${doc}` }],
      });
      return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
    } catch (err) {
      if (!isTimeout(err) || attempt + 1 >= attempts) throw err;
      const hinted = Number(err.headers?.get('retry-after-ms'));
      const wait = hinted > 0 ? hinted : Math.min(2000 * 2 ** attempt, 60_000);
      console.error(`Claude timed out (${err.status ?? 'client'} ${err.type ?? ''}), retrying in ${wait} ms`);
      await sleep(wait);
    }
  }
}

console.log(await summarise('...'));
