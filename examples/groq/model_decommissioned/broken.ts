// Broken: the model ID is hard-coded. It worked for months, until Groq retired the model; now every
// request fails with an openai.BadRequestError (the OpenAI SDK's class, here for Groq's 400).
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.GROQ_API_KEY,
  baseURL: `${process.env.GROQ_BASE_URL ?? 'https://api.groq.com'}/openai/v1`,
});

const res = await client.chat.completions.create({
  model: 'mixtral-8x7b-32768',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(res.choices[0]?.message.content);
