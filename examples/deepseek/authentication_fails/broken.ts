// Broken: the client is pointed at DeepSeek but given no key. With no apiKey option the
// openai SDK falls back to OPENAI_API_KEY, so DeepSeek receives an OpenAI key and rejects it.
import OpenAI from 'openai';

const client = new OpenAI({
  baseURL: process.env.DEEPSEEK_BASE_URL ?? 'https://api.deepseek.com',
});

const res = await client.chat.completions.create({
  model: 'deepseek-flash',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(res.choices[0]?.message.content);
