// Broken: the variable name is wrong (OPENROUTER_KEY is never set). An undefined apiKey makes
// the openai SDK fall back to OPENAI_API_KEY, so an OpenAI key is sent to OpenRouter.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.OPENROUTER_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1',
});

const res = await client.chat.completions.create({
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(res.choices[0]?.message.content);
