// Fixed: max_completion_tokens, which reasoning models require and every current chat model
// accepts. A parameter a model still refuses is reported by name, never retried as is.
import OpenAI from 'openai';

const client = new OpenAI();

try {
  const res = await client.chat.completions.create({
    model: 'gpt-5-mini',
    // Counts visible output and reasoning tokens: leave room for the reasoning.
    max_completion_tokens: 2000,
    messages: [{ role: 'user', content: 'Summarise the release notes in three bullet points.' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.BadRequestError) || err.code !== 'unsupported_parameter') throw err;
  // err.param names the parameter; the message often says what to send instead.
  console.error(`gpt-5-mini does not take "${err.param}": ${err.message}`);
  process.exitCode = 2;
}
