// Fixed: more retries with the SDK's exponential backoff (it also honours Retry-After), one
// deadline for the whole call, and a clear message when DeepSeek stays overloaded.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.DEEPSEEK_API_KEY,
  baseURL: process.env.DEEPSEEK_BASE_URL ?? 'https://api.deepseek.com',
  maxRetries: 5, // 408, 409, 429 and 5xx, with growing delays
  timeout: 120_000, // per attempt
});

try {
  const res = await client.chat.completions.create(
    {
      model: 'deepseek-flash',
      messages: [{ role: 'user', content: 'Summarise the release notes.' }],
    },
    // Under load DeepSeek may keep the connection open and send only keep-alive bytes;
    // this signal ends the call, retries included, after five minutes whatever arrives.
    { signal: AbortSignal.timeout(300_000) },
  );
  console.log(res.choices[0]?.message.content);
} catch (err) {
  const overloaded = err instanceof OpenAI.InternalServerError && err.status === 503;
  if (!overloaded && !(err instanceof OpenAI.APIUserAbortError)) throw err;
  console.error('DeepSeek is overloaded right now (503). Try again later, or switch to a fallback provider.');
  process.exitCode = 3;
}
