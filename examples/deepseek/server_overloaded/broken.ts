// Broken: default client settings against a DeepSeek that is overloaded. The SDK retries a
// 503 only twice, in about two seconds, and no deadline covers a reply that never finishes.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.DEEPSEEK_API_KEY,
  baseURL: process.env.DEEPSEEK_BASE_URL ?? 'https://api.deepseek.com',
});

const res = await client.chat.completions.create({
  model: 'deepseek-flash',
  messages: [{ role: 'user', content: 'Summarise the release notes.' }],
});
console.log(res.choices[0]?.message.content);
