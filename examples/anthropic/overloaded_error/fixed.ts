// Fixed: overloaded_error is transient in both of its forms: HTTP 529 before the answer starts,
// and an `error` event inside a stream that began with HTTP 200. After the SDK's own quick
// retries (which only cover the 529), wait longer with exponential backoff and jitter, honouring
// any retry hint, then try again.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic(); // keeps its 2 automatic retries
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type APIError = InstanceType<typeof Anthropic.APIError>;

function isOverloaded(err: unknown): err is APIError {
  // A 529 has status 529. The same error inside a stream is a plain APIError with no status;
  // only its type says what it is.
  return err instanceof Anthropic.APIError && (err.status === 529 || err.type === 'overloaded_error');
}

function backoffMs(err: APIError, attempt: number): number {
  const ms = Number(err.headers?.get('retry-after-ms'));
  if (ms > 0) return ms;
  const seconds = Number(err.headers?.get('retry-after'));
  if (seconds > 0) return seconds * 1000;
  return Math.min(5000 * 2 ** attempt, 120_000) * (0.5 + Math.random()); // spread the load
}

async function chat(text: string, attempts = 4): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const msg = await client.messages
        .stream({ model: 'claude-sonnet-4-6', max_tokens: 256, messages: [{ role: 'user', content: text }] })
        .finalMessage();
      return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
    } catch (err) {
      // OverloadedError (529) extends InternalServerError in @anthropic-ai/sdk 1.5.0+.
      if (!isOverloaded(err) || attempt + 1 >= attempts) throw err;
      const wait = backoffMs(err, attempt);
      const form = err.status === 529 ? '529' : 'error event in a 200 stream';
      console.error(`Claude is overloaded (${form}), retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }
}

console.log(await chat('Say hello in French.'));
