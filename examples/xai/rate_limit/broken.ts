// Broken: because xAI also answers 429 when a team runs out of credits, this code treats every 429 as
// "out of credits" and stops. A tokens-per-minute limit that clears in seconds now ends the program.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.XAI_API_KEY,
  baseURL: process.env.XAI_BASE_URL ?? 'https://api.x.ai/v1',
  maxRetries: 0,
});

try {
  const res = await client.chat.completions.create({
    model: 'grok-4',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof OpenAI.RateLimitError) {
    console.error('xAI credits exhausted: add credits at https://console.x.ai.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
