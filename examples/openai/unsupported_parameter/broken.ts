// Broken: max_tokens, the length limit older chat models took, sent to a reasoning model.
import OpenAI from 'openai';

const client = new OpenAI();

const res = await client.chat.completions.create({
  model: 'gpt-5-mini',
  max_tokens: 500, // rejected with 400 unsupported_parameter: this model takes max_completion_tokens
  messages: [{ role: 'user', content: 'Summarise the release notes in three bullet points.' }],
});
console.log(res.choices[0]?.message.content);
