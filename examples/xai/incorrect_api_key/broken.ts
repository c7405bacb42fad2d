// Broken: a rejected key is expected to arrive as a 401 (openai.AuthenticationError). xAI sends a
// wrong key back as 400, which the OpenAI SDK raises as BadRequestError, so the code blames the request.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.XAI_API_KEY,
  baseURL: process.env.XAI_BASE_URL ?? 'https://api.x.ai/v1',
});

try {
  const res = await client.chat.completions.create({
    model: 'grok-4',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof OpenAI.AuthenticationError) {
    console.error('The xAI API key is invalid: check XAI_API_KEY.');
  } else if (err instanceof OpenAI.BadRequestError) {
    console.error('xAI rejected the request as invalid: check the prompt and parameters.');
  } else {
    throw err;
  }
  process.exitCode = 1;
}
