// Broken: a blanket retry loop treats a rejected API key as a passing glitch.
import OpenAI from 'openai';

const client = new OpenAI(); // reads OPENAI_API_KEY

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(prompt: string): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: prompt }],
      });
      return res.choices[0]?.message.content ?? '';
    } catch {
      // A 401 comes back on every attempt: the same wrong key is sent each time,
      // and the real cause is swallowed.
      console.error(`Attempt ${attempt} failed, retrying...`);
      await sleep(500 * attempt);
    }
  }
  throw new Error('OpenAI is unavailable, please try again later.');
}

console.log(await ask('Hello'));
