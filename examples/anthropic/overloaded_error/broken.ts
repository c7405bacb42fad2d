// Broken: only 429 is treated as "busy, try later". A 529 overloaded_error ends the
// request after the SDK's two quick retries.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function chat(text: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const msg = await client.messages.create({
        model: 'claude-sonnet-4-6',
        max_tokens: 256,
        messages: [{ role: 'user', content: text }],
      });
      return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
    } catch (err) {
      if (!(err instanceof Anthropic.RateLimitError)) throw err; // 529 escapes here
      await sleep(2000 * 2 ** attempt);
    }
  }
  throw new Error('still rate limited');
}

console.log(await chat('Say hello in French.'));
