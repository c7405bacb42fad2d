// Broken: no handling for an overloaded API. The SDK's two quick retries
// (about 0.5 s and 1 s apart) rarely outlast an overload, so the 503 reaches the user.
import OpenAI from 'openai';

const client = new OpenAI();

const res = await client.chat.completions.create({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(res.choices[0]?.message.content);
