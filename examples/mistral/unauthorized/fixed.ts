// Fixed: Mistral's SDK with the key from MISTRAL_API_KEY, checked before the first call; a 401 stops
// at once with what to check, including the request id Mistral support asks for.
import { Mistral } from '@mistralai/mistralai';
import * as errors from '@mistralai/mistralai/models/errors/index.js';

const apiKey = process.env.MISTRAL_API_KEY?.trim().replace(/^["']|["']$/g, '');
if (!apiKey) {
  console.error('MISTRAL_API_KEY is not set. Create a key at https://console.mistral.ai/api-keys');
  process.exit(2);
}

const client = new Mistral({
  apiKey,
  ...(process.env.MISTRAL_BASE_URL ? { serverURL: process.env.MISTRAL_BASE_URL } : {}),
});

try {
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'Bonjour' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  // A 401 is not a 422, so the SDK throws its fallback SDKError; statusCode and body are on it.
  if (!(err instanceof errors.SDKError) || err.statusCode !== 401) throw err;
  let requestId = '';
  try {
    requestId = (JSON.parse(err.body) as { request_id?: string }).request_id ?? '';
  } catch {
    // the body was not JSON
  }
  console.error(
    `Mistral rejected the API key ending in "${apiKey.slice(-4)}" (401 Unauthorized). ` +
      'Use a key from https://console.mistral.ai/api-keys with api.mistral.ai (a Codestral key belongs to ' +
      `codestral.mistral.ai), and allow a few minutes after creating it. Retrying will not help.` +
      (requestId ? ` Request id: ${requestId}` : ''),
  );
  process.exitCode = 2;
}
