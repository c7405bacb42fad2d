// Fixed: on DeepSeek, HTTP 402 means the account balance is used up. Stop at once, say where
// to top up, and keep it apart from errors that retrying can fix.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.DEEPSEEK_API_KEY,
  baseURL: process.env.DEEPSEEK_BASE_URL ?? 'https://api.deepseek.com',
});

try {
  const res = await client.chat.completions.create({
    model: 'deepseek-flash',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  // The openai SDK has no class for 402: it throws the base APIError. Test the status, not
  // err.code, which DeepSeek sets to "invalid_request_error" on every error.
  if (!(err instanceof OpenAI.APIError) || err.status !== 402) throw err;
  console.error(
    `DeepSeek balance is used up (${err.message}): top up at https://platform.deepseek.com/top_up. ` +
      'Retrying will not help.',
  );
  process.exitCode = 2;
}
