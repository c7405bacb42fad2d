// Fixed: DeepSeek's key is passed explicitly and checked before use, and a 401 says which
// key DeepSeek actually received (it echoes the last four characters) next to the one configured.
import OpenAI from 'openai';

const apiKey = process.env.DEEPSEEK_API_KEY?.trim() ?? '';
// Placeholders and stray quotes are the usual copy-paste mistakes: {deepseek}, "sk-...", <key>.
if (!apiKey || /^["'{<$]|["'}>]$/.test(apiKey)) {
  console.error(
    'DEEPSEEK_API_KEY is missing, quoted or still a placeholder: set it to the key from platform.deepseek.com.',
  );
  process.exit(2);
}

const client = new OpenAI({
  apiKey,
  baseURL: process.env.DEEPSEEK_BASE_URL ?? 'https://api.deepseek.com',
});

try {
  const res = await client.chat.completions.create({
    model: 'deepseek-flash',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.AuthenticationError)) throw err;
  // "Authentication Fails, Your api key: ****abcd is invalid" or "Authentication Fails (no such user)"
  const received = /api key: \*+(\S+) is invalid/i.exec(err.message)?.[1];
  console.error(
    `DeepSeek rejected the key (401). It received a key ending in "${received ?? '?'}"; ` +
      `DEEPSEEK_API_KEY ends in "${apiKey.slice(-4)}". If they differ, another key was sent; ` +
      'if they match, the key was deleted or mistyped: create a new one at https://platform.deepseek.com/api_keys.',
  );
  process.exitCode = 2;
}
