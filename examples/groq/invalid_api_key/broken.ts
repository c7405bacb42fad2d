// Broken: the openai client is pointed at Groq but still reads OPENAI_API_KEY, so an OpenAI key
// (or no Groq key at all) is sent to Groq. The 401 then surfaces as an uncaught OpenAI SDK error.
import OpenAI from 'openai';

const client = new OpenAI({
  // No apiKey: the SDK falls back to process.env.OPENAI_API_KEY.
  baseURL: `${process.env.GROQ_BASE_URL ?? 'https://api.groq.com'}/openai/v1`,
});

const res = await client.chat.completions.create({
  model: 'llama-3.1-8b-instant',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(res.choices[0]?.message.content);
