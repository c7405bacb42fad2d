// Broken: every failure is treated as temporary, so a prompt the safety system refused is sent
// again unchanged, and the user is told the service is down.
import OpenAI from 'openai';

const client = new OpenAI();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function generate(prompt: string): Promise<string | undefined> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const img = await client.images.generate({ model: 'dall-e-3', prompt, size: '1024x1024' });
      return img.data?.[0]?.url;
    } catch {
      console.error(`Attempt ${attempt} failed, retrying...`);
      await sleep(300 * attempt);
    }
  }
  throw new Error('Image service unavailable, please try again later.');
}

console.log(await generate('A poster for the battle scene in chapter 12'));
