// Broken: a sampling setting tuned for gpt-4o, sent unchanged after switching to a reasoning model.
import OpenAI from 'openai';

const client = new OpenAI();
const MODEL = process.env['CLASSIFIER_MODEL'] ?? 'gpt-5-mini';

const res = await client.chat.completions.create({
  model: MODEL,
  temperature: 0.2, // reasoning models accept only the default (1): 400 unsupported_value
  messages: [{ role: 'user', content: 'Classify this ticket: "I was charged twice this month."' }],
});
console.log(res.choices[0]?.message.content);
