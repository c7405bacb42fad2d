// Fixed: on a 402, read how many tokens the balance still covers. If that is enough for the
// answer, retry once with that max_tokens; if not, stop and say where to add credits.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1',
});

const MIN_USEFUL_TOKENS = 1024;

// The openai SDK has no class for 402: it throws the base APIError.
const isCreditError = (err: unknown): err is InstanceType<typeof OpenAI.APIError> =>
  err instanceof OpenAI.APIError && err.status === 402;

async function ask(maxTokens = 16384): Promise<string | null> {
  try {
    const res = await client.chat.completions.create({
      model: 'anthropic/claude-sonnet-4.5',
      max_tokens: maxTokens,
      messages: [{ role: 'user', content: 'Write a haiku about invoices.' }],
    });
    return res.choices[0]?.message.content ?? null;
  } catch (err) {
    if (!isCreditError(err)) throw err;
    // "...You requested up to 16384 tokens, but can only afford 3919. To increase, visit ..."
    const affordable = Number(/can only afford (\d+)/.exec(err.message)?.[1] ?? 0);
    if (affordable < MIN_USEFUL_TOKENS || affordable >= maxTokens) throw err;
    console.error(
      `OpenRouter balance covers only ${affordable} tokens: retrying with max_tokens=${affordable}.`,
    );
    return ask(affordable);
  }
}

try {
  console.log(await ask());
} catch (err) {
  if (!isCreditError(err)) throw err;
  const where = err.message.includes('settings/keys')
    ? "raise this key's credit limit at https://openrouter.ai/settings/keys"
    : 'add credits at https://openrouter.ai/settings/credits';
  console.error(`OpenRouter credits exhausted: ${where}.`);
  process.exitCode = 2;
}
