// Fixed: the request goes through Mistral's own SDK, whose typed request only has Mistral's fields
// (maxTokens is sent as max_tokens), and a 422 is reported with the fields Mistral named.
import { Mistral } from '@mistralai/mistralai';
import * as errors from '@mistralai/mistralai/models/errors/index.js';

const client = new Mistral({
  apiKey: process.env.MISTRAL_API_KEY ?? '',
  ...(process.env.MISTRAL_BASE_URL ? { serverURL: process.env.MISTRAL_BASE_URL } : {}),
});

interface ValidationDetail {
  type: string;
  loc: (string | number)[];
  msg: string;
}

// Mistral has sent the list both at the top level ({"detail": [...]}) and under "message".
function rejectedFields(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as {
      detail?: ValidationDetail[];
      message?: { detail?: ValidationDetail[] };
    };
    const detail = parsed.detail ?? parsed.message?.detail ?? [];
    return detail.filter((d) => d.type === 'extra_forbidden').map((d) => d.loc.slice(1).join('.'));
  } catch {
    return [];
  }
}

try {
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'Bonjour' }],
    maxTokens: 512,
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (!(err instanceof errors.HTTPValidationError)) throw err;
  console.error(`Mistral rejected fields it does not accept (422): ${rejectedFields(err.body).join(', ')}`);
  process.exitCode = 2;
}
