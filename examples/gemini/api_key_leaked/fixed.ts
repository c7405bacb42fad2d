// Fixed: a key reported as leaked is taken out of service for good and raises a critical alert.
// Other 403s (restrictions, disabled API) and 429/503 are different problems with other fixes.
import { ApiError, GoogleGenAI } from '@google/genai';

const keys = (process.env['GEMINI_API_KEYS'] ?? process.env['GEMINI_API_KEY'] ?? '').split(',');
const clients = new Map(keys.map((apiKey) => [apiKey, new GoogleGenAI({ apiKey })]));
const blocked = new Set<string>();

function isLeakedKeyError(err: unknown): boolean {
  // 403 PERMISSION_DENIED with this message; the body has no ErrorInfo reason to match instead.
  return err instanceof ApiError && err.status === 403 && err.message.includes('reported as leaked');
}

async function ask(prompt: string): Promise<string | undefined> {
  for (const [apiKey, client] of clients) {
    if (blocked.has(apiKey)) continue;
    try {
      const res = await client.models.generateContent({ model: 'gemini-2.5-flash', contents: prompt });
      return res.text;
    } catch (err) {
      if (!isLeakedKeyError(err)) throw err;
      blocked.add(apiKey);
      console.error(
        `CRITICAL: the Gemini API key ending in ${apiKey.slice(-4)} was reported as leaked and is blocked for good. ` +
          'Delete it in Google AI Studio, create a new one, and find where it was exposed.',
      );
    }
  }
  return undefined;
}

const answer = await ask('Hello');
if (answer === undefined)
  process.exitCode = 3; // no usable key: page someone, do not retry
else console.log(answer);
