// Fixed: the Groq key is read explicitly from GROQ_API_KEY, checked before the first call, and a
// 401 stops the program with a message that names Groq and the key, not "OpenAI".
import OpenAI from 'openai';

// Strip whitespace and quotes that often come along from .env files and CI secrets.
const apiKey = process.env.GROQ_API_KEY?.trim().replace(/^["']|["']$/g, '');
if (!apiKey) {
  console.error('GROQ_API_KEY is not set. Create a key at https://console.groq.com/keys');
  process.exit(2);
}
if (!apiKey.startsWith('gsk_')) {
  console.error('Warning: Groq API keys start with "gsk_"; this one looks like another provider\'s key.');
}

const client = new OpenAI({
  apiKey,
  baseURL: `${process.env.GROQ_BASE_URL ?? 'https://api.groq.com'}/openai/v1`,
});

try {
  const res = await client.chat.completions.create({
    model: 'llama-3.1-8b-instant',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  // openai.AuthenticationError is the OpenAI SDK's class for any 401, whichever server sent it.
  if (!(err instanceof OpenAI.AuthenticationError)) throw err;
  console.error(
    `Groq rejected the API key ending in "${apiKey.slice(-4)}" (${err.code ?? 'HTTP 401'}). ` +
      'Check that GROQ_API_KEY holds a key from https://console.groq.com/keys. Retrying will not help.',
  );
  process.exitCode = 2;
}
