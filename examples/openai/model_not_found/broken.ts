// Broken: a mistyped model name, and nothing that says which models the key can use.
import OpenAI from 'openai';

const client = new OpenAI();
const MODEL = process.env.OPENAI_MODEL ?? 'gpt4o-mini'; // should be "gpt-4o-mini"

// The 404 (or 403) escapes as an uncaught NotFoundError, and a retry would fail the
// same way: the name is wrong or the project has no access to the model.
const res = await client.chat.completions.create({
  model: MODEL,
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(res.choices[0]?.message.content);
