// Broken: a request written for OpenAI's reasoning models is sent to Mistral through the openai
// package. Mistral's schema has no max_completion_tokens, so it answers 422 extra_forbidden, and
// openai-node prints "422 status code (no body)" because Mistral's body has no "error" field.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.MISTRAL_API_KEY,
  baseURL: `${process.env.MISTRAL_BASE_URL ?? 'https://api.mistral.ai'}/v1`,
});

const res = await client.chat.completions.create({
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'Bonjour' }],
  max_completion_tokens: 512, // OpenAI-only: Mistral calls it max_tokens
});
console.log(res.choices[0]?.message.content);
