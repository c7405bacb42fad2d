// Fixed: sampling parameters are sent only to models that take them. Reasoning models (the o
// series and the gpt-5 family) run at their defaults; steer them with reasoning_effort instead.
import OpenAI from 'openai';

const client = new OpenAI();
const MODEL = process.env['CLASSIFIER_MODEL'] ?? 'gpt-5-mini';

const isReasoningModel = (model: string) => /^(o\d|gpt-5)/.test(model);
const sampling = isReasoningModel(MODEL) ? {} : { temperature: 0.2 };

try {
  const res = await client.chat.completions.create({
    model: MODEL,
    ...sampling,
    messages: [{ role: 'user', content: 'Classify this ticket: "I was charged twice this month."' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.BadRequestError) || err.code !== 'unsupported_value') throw err;
  // err.param names the field whose value this model refuses, e.g. "temperature" or "messages[0].role".
  console.error(`${MODEL} refuses the value of "${err.param}": ${err.message}`);
  process.exitCode = 2;
}
