// Fixed: retries are turned on, with a bound. The SDK then retries 429 and 5xx with exponential
// backoff (and honours a Retry-After header); maxElapsedTime stops it before its default of one hour.
import { Mistral } from '@mistralai/mistralai';
import * as errors from '@mistralai/mistralai/models/errors/index.js';

const client = new Mistral({
  apiKey: process.env.MISTRAL_API_KEY ?? '',
  ...(process.env.MISTRAL_BASE_URL ? { serverURL: process.env.MISTRAL_BASE_URL } : {}),
  retryConfig: {
    strategy: 'backoff',
    backoff: { initialInterval: 500, maxInterval: 10_000, exponent: 1.5, maxElapsedTime: 60_000 },
    retryConnectionErrors: true,
  },
});

try {
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'Bonjour' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  // Still 429 after a minute of retries: a monthly token limit or a sustained overload, not a blip.
  if (!(err instanceof errors.SDKError) || err.statusCode !== 429) throw err;
  console.error(`Mistral kept answering 429 for a minute: ${err.body}. Check the limits of your plan.`);
  process.exitCode = 2;
}
