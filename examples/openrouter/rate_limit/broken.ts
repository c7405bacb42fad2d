// Broken: every 429 from OpenRouter is treated the same. A free model's daily cap cannot
// clear in a minute, yet the SDK retries it twice and the user is told to wait a minute.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1',
}); // maxRetries: 2 by default

try {
  const res = await client.chat.completions.create({
    model: 'google/gemini-2.0-flash-exp:free',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.RateLimitError)) throw err;
  console.error(`Rate limited, try again in a minute. (${err.message})`);
  process.exitCode = 1;
}
