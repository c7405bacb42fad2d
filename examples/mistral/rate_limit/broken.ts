// Broken: the code assumes the SDK retries rate limits, as the openai and groq SDKs do. Mistral's SDK
// does not retry unless asked to, so the first 429 (an SDKError) ends the program.
import { Mistral } from '@mistralai/mistralai';

const client = new Mistral({
  apiKey: process.env.MISTRAL_API_KEY ?? '',
  ...(process.env.MISTRAL_BASE_URL ? { serverURL: process.env.MISTRAL_BASE_URL } : {}),
});

const res = await client.chat.complete({
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'Bonjour' }],
});
console.log(res.choices[0]?.message.content);
