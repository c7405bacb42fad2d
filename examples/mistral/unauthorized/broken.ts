// Broken: the openai client is pointed at Mistral but still reads OPENAI_API_KEY, so Mistral gets a
// key it does not know. openai-node reports "401 status code (no body)": Mistral's 401 body is
// {"message":"Unauthorized"}, and the SDK only looks for an "error" field.
import OpenAI from 'openai';

const client = new OpenAI({
  // No apiKey: the SDK falls back to process.env.OPENAI_API_KEY.
  baseURL: `${process.env.MISTRAL_BASE_URL ?? 'https://api.mistral.ai'}/v1`,
});

const res = await client.chat.completions.create({
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'Bonjour' }],
});
console.log(res.choices[0]?.message.content);
