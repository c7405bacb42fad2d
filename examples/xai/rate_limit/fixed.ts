// Fixed: the two 429s are told apart by their text. A credits or spending-limit error stops; a rate
// limit ("Too many requests/tokens for team ...") is retried with exponential backoff, honouring a
// retry-after header if one is sent.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.XAI_API_KEY,
  baseURL: process.env.XAI_BASE_URL ?? 'https://api.x.ai/v1',
  maxRetries: 0, // the loop below decides
});

const CREDITS = /credits|spending limit|Grok subscription/i;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (let attempt = 1; ; attempt++) {
  try {
    const res = await client.chat.completions.create({
      model: 'grok-4',
      messages: [{ role: 'user', content: 'Hello' }],
    });
    console.log(res.choices[0]?.message.content);
    break;
  } catch (err) {
    if (!(err instanceof OpenAI.RateLimitError) || attempt === 5) throw err;
    // xAI's body is {"code": "...", "error": "<sentence>"}: openai-node puts the sentence in err.error.
    const message = typeof err.error === 'string' ? err.error : err.message;
    if (CREDITS.test(message)) {
      console.error(`xAI team is out of credits or at its spending limit: ${message}`);
      process.exitCode = 2;
      break;
    }
    const retryAfter = Number(err.headers?.get('retry-after') ?? NaN);
    const seconds = Number.isNaN(retryAfter) ? 2 ** (attempt - 1) : retryAfter;
    const limit =
      /(?:Requests|Tokens) per (?:Second|Minute)[^:]*: [\d/]+/.exec(message)?.[0] ?? 'unnamed limit';
    console.error(`xAI rate limit (${limit}); retrying in ${seconds}s.`);
    await sleep(seconds * 1000);
  }
}
