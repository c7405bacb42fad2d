// Fixed: the key is checked before the first call, and a key error is recognised on 400 as well as
// 401 by its text. xAI's body is {"code": "...", "error": "<sentence>"}, so openai-node puts the
// sentence in err.error (a string); err.code stays undefined.
import OpenAI from 'openai';

const apiKey = process.env.XAI_API_KEY?.trim().replace(/^["']|["']$/g, '');
if (!apiKey) {
  console.error('XAI_API_KEY is not set. Create a key at https://console.x.ai');
  process.exit(2);
}
if (!apiKey.startsWith('xai-')) {
  console.error('Warning: xAI API keys start with "xai-"; this one looks like another provider\'s key.');
}

const client = new OpenAI({ apiKey, baseURL: process.env.XAI_BASE_URL ?? 'https://api.x.ai/v1' });

function isKeyError(err: unknown): err is InstanceType<typeof OpenAI.APIError> {
  if (err instanceof OpenAI.AuthenticationError) return true; // 401: no or malformed Authorization header
  return (
    err instanceof OpenAI.BadRequestError &&
    typeof err.error === 'string' &&
    err.error.startsWith('Incorrect API key provided')
  );
}

try {
  const res = await client.chat.completions.create({
    model: 'grok-4',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!isKeyError(err)) throw err;
  console.error(
    `xAI rejected the API key ending in "${apiKey.slice(-4)}" (HTTP ${err.status}). ` +
      'Check that XAI_API_KEY holds a key from https://console.x.ai. Retrying will not help.',
  );
  process.exitCode = 2;
}
