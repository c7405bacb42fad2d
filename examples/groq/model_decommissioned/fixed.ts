// Fixed: the model ID comes from configuration, and a decommissioned model is reported loudly and
// replaced by a configured fallback, so the service keeps answering until the setting is updated.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.GROQ_API_KEY,
  baseURL: `${process.env.GROQ_BASE_URL ?? 'https://api.groq.com'}/openai/v1`,
});

// This deployment's setting still names a model Groq has retired, which is how the error appears.
const MODEL = process.env.GROQ_MODEL ?? 'mixtral-8x7b-32768';
const FALLBACK_MODEL = process.env.GROQ_FALLBACK_MODEL ?? 'llama-3.1-8b-instant';

async function ask(model: string, prompt: string): Promise<string> {
  const res = await client.chat.completions.create({ model, messages: [{ role: 'user', content: prompt }] });
  return res.choices[0]?.message.content ?? '';
}

try {
  console.log(await ask(MODEL, 'Hello'));
} catch (err) {
  if (!(err instanceof OpenAI.BadRequestError) || err.code !== 'model_decommissioned') throw err;
  // Alert on this line: someone has to pick the replacement and update GROQ_MODEL.
  console.error(
    `Groq has decommissioned ${MODEL}; answering with ${FALLBACK_MODEL} instead. ` +
      'Update GROQ_MODEL (see https://console.groq.com/docs/deprecations).',
  );
  console.log(await ask(FALLBACK_MODEL, 'Hello'));
}
