// Fixed: the OpenRouter key is required by name and checked for its sk-or- prefix, and it is
// verified once at start-up against GET /api/v1/key before any model is called.
import OpenAI from 'openai';

const apiKey = process.env.OPENROUTER_API_KEY?.trim();
if (!apiKey?.startsWith('sk-or-')) {
  console.error('OPENROUTER_API_KEY is missing or is not an OpenRouter key (they start with "sk-or-").');
  process.exit(2);
}

const client = new OpenAI({
  apiKey,
  baseURL: process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1', // no /chat/completions here
});

try {
  // Answers with the key's label, credit limit and usage; 401 if OpenRouter does not accept it.
  await client.get('/key');
  const res = await client.chat.completions.create({
    model: 'openai/gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.AuthenticationError)) throw err;
  console.error(
    `OpenRouter did not accept the key (${err.message}). Check it at https://openrouter.ai/settings/keys: ` +
      'it may be deleted or disabled, or belong to another account.',
  );
  process.exitCode = 2;
}
