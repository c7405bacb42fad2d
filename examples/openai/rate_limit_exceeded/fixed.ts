// Fixed: back off on a rate limit (honouring the server's hint), stop on quota errors.
import OpenAI from 'openai';

const client = new OpenAI({ maxRetries: 0 }); // the loop below does the retrying

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function delayMs(err: InstanceType<typeof OpenAI.RateLimitError>, attempt: number): number {
  const ms = Number(err.headers?.get('retry-after-ms'));
  if (ms > 0) return ms;
  const seconds = Number(err.headers?.get('retry-after'));
  if (seconds > 0) return seconds * 1000;
  // No hint: exponential backoff with jitter, capped at 30 s.
  return Math.min(1000 * 2 ** attempt, 30_000) * (0.75 + Math.random() / 2);
}

async function ask(prompt: string, attempts = 6): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: prompt }],
      });
      return res.choices[0]?.message.content ?? '';
    } catch (err) {
      if (!(err instanceof OpenAI.RateLimitError)) throw err;
      if (err.type === 'insufficient_quota') throw err; // billing: waiting will not help
      if (err.message.includes('Request too large')) throw err; // shrink the request instead
      if (attempt + 1 >= attempts) throw err;
      const wait = delayMs(err, attempt);
      console.error(`Rate limited (${err.type ?? 'unknown'}), retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }
}

console.log(await ask('Summarise this report: ...'));
