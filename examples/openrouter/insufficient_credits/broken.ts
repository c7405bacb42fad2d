// Broken: asks for a large max_tokens on a nearly empty OpenRouter balance. OpenRouter checks
// what the request could cost before it runs, so the call fails with 402 and nothing handles it.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1',
});

const res = await client.chat.completions.create({
  model: 'anthropic/claude-sonnet-4.5',
  max_tokens: 16384,
  messages: [{ role: 'user', content: 'Write a haiku about invoices.' }],
});
console.log(res.choices[0]?.message.content);
