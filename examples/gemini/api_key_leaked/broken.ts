// Broken: a pool of keys with failover. A leaked key is treated like a busy one, so the pool
// keeps sending a blocked key, and the alert that matters (a secret is public) never fires.
import { ApiError, GoogleGenAI } from '@google/genai';

const keys = (process.env['GEMINI_API_KEYS'] ?? process.env['GEMINI_API_KEY'] ?? '').split(',');
const clients = new Map(keys.map((apiKey) => [apiKey, new GoogleGenAI({ apiKey })]));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(prompt: string): Promise<string | undefined> {
  for (let round = 1; round <= 2; round++) {
    for (const client of clients.values()) {
      try {
        const res = await client.models.generateContent({
          model: 'gemini-2.5-flash',
          contents: prompt,
        });
        return res.text;
      } catch (err) {
        if (!(err instanceof ApiError) || ![403, 429, 503].includes(err.status)) throw err;
      }
    }
    if (round === 1) console.error(`All ${keys.length} Gemini key(s) failed; trying them again in 1 s.`);
    await sleep(1000);
  }
  throw new Error('Gemini unavailable, try again later.');
}

console.log(await ask('Hello'));
