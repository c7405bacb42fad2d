// Fixed: on an overload or "slow down" answer, wait longer each time (honouring
// Retry-After) before trying again, and give up only after several attempts.
import OpenAI from 'openai';

const client = new OpenAI({ maxRetries: 0 }); // the loop below does the retrying

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isOverloaded(err: unknown): err is InstanceType<typeof OpenAI.APIError> {
  if (!(err instanceof OpenAI.APIError)) return false;
  return err.status === 503 || err.code === 'slow_down'; // slow_down may also come as a 429
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
      if (!isOverloaded(err) || attempt + 1 >= attempts) throw err;
      const hintMs =
        Number(err.headers?.get('retry-after-ms')) || Number(err.headers?.get('retry-after')) * 1000;
      // Start at 2 s and double, up to a minute, with jitter so clients do not retry in step.
      const wait = hintMs > 0 ? hintMs : Math.min(2000 * 2 ** attempt, 60_000) * (0.5 + Math.random());
      console.error(`OpenAI is overloaded (${err.code ?? err.status}), retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }
}

console.log(await ask('Hello'));
