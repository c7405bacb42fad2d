// Fixed: on model_not_found, list the models this key can use and suggest close names.
import OpenAI from 'openai';

const client = new OpenAI();
const MODEL = process.env.OPENAI_MODEL ?? 'gpt4o-mini';

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

try {
  const res = await client.chat.completions.create({
    model: MODEL,
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  // NotFoundError (404) for an unknown name; PermissionDeniedError (403) with the same
  // code when the project may not use the model. The code tells both apart from others.
  if (!(err instanceof OpenAI.APIError) || err.code !== 'model_not_found') throw err;

  const available: string[] = [];
  for await (const model of client.models.list()) available.push(model.id);
  const similar = available.filter((id) => squash(id).includes(squash(MODEL))).slice(0, 5);
  console.error(
    `Model "${MODEL}" is not available to this key. ` +
      (similar.length ? `Similar models it can use: ${similar.join(', ')}.` : 'Check the model name.'),
  );
  process.exitCode = 2;
}
