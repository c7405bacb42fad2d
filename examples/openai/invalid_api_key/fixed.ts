// Fixed: a rejected key stops the program at once, with a message that says what to check.
import OpenAI from 'openai';

// Strip whitespace and quotes that often sneak in from .env files and CI secrets.
const apiKey = process.env.OPENAI_API_KEY?.trim().replace(/^["']|["']$/g, '');
if (!apiKey) {
  console.error('OPENAI_API_KEY is not set.');
  process.exit(2);
}

const client = new OpenAI({ apiKey });

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof OpenAI.AuthenticationError)) throw err;
  // Never log the whole key: the last four characters are enough to tell keys apart.
  console.error(
    `OpenAI rejected the API key ending in "${apiKey.slice(-4)}" (${err.code ?? 'HTTP 401'}). ` +
      'Check which key this process really reads, or create a new one. Retrying will not help.',
  );
  process.exitCode = 2;
}
