// Broken: every openai.RateLimitError is treated as "slow down". That class is the OpenAI SDK's name
// for any 429, and xAI also answers 429 when the team has no credits left, so the SDK sends the
// doomed request three times and the user is told to wait for nothing.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.XAI_API_KEY,
  baseURL: process.env.XAI_BASE_URL ?? 'https://api.x.ai/v1',
}); // maxRetries: 2 by default

try {
  const res = await client.chat.completions.create({
    model: 'grok-4',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof OpenAI.RateLimitError) {
    console.error('Rate limited by xAI, try again in a minute.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
