// Fixed: 503 UNAVAILABLE is retried with exponential backoff and full jitter, so attempts spread
// out over the spike; after the last attempt on the main model, one lighter model is tried.
import { ApiError, GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});
const MODELS = ['gemini-2.5-flash', 'gemini-2.5-flash-lite']; // main model, then a fallback
const ATTEMPTS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(prompt: string): Promise<string> {
  for (const model of MODELS) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        const res = await ai.models.generateContent({ model, contents: prompt });
        return res.text ?? '';
      } catch (err) {
        if (!(err instanceof ApiError) || err.status !== 503) throw err;
        if (attempt === ATTEMPTS - 1) break; // give the next model a chance
        const delay = Math.random() * Math.min(30_000, 1000 * 2 ** attempt); // full jitter
        console.error(`Gemini overloaded (503), waiting ${Math.round(delay)} ms before retrying ${model}`);
        await sleep(delay);
      }
    }
  }
  throw new Error('Gemini stayed overloaded (503 UNAVAILABLE) on every model');
}

console.log(await ask('Hello'));
