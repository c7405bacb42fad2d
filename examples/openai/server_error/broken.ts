// Broken: automatic retries turned off, and the retry test looks at `code`,
// which is null on a 500. The branch never runs; the first hiccup is fatal.
import OpenAI from 'openai';

const client = new OpenAI({ maxRetries: 0 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(prompt: string): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: prompt }],
      });
      return res.choices[0]?.message.content ?? '';
    } catch (err) {
      if (err instanceof OpenAI.APIError && err.code === 'server_error') {
        await sleep(1000 * attempt); // dead code: the API sends "code": null
        continue;
      }
      throw err;
    }
  }
  throw new Error('gave up');
}

console.log(await ask('Hello'));
