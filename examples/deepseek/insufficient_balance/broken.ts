// Broken: OpenAI-style quota handling, ported to DeepSeek unchanged. DeepSeek's 402 is not a
// RateLimitError and its code is not insufficient_quota, so it lands in the "transient" branch.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.DEEPSEEK_API_KEY,
  baseURL: process.env.DEEPSEEK_BASE_URL ?? 'https://api.deepseek.com',
});

const attempts = 4;
for (let attempt = 1; attempt <= attempts; attempt++) {
  try {
    const res = await client.chat.completions.create({
      model: 'deepseek-flash',
      messages: [{ role: 'user', content: 'Hello' }],
    });
    console.log(res.choices[0]?.message.content);
    break;
  } catch (err) {
    if (err instanceof OpenAI.RateLimitError && err.code === 'insufficient_quota') {
      console.error('Out of credit.'); // never reached: DeepSeek sends 402, code "invalid_request_error"
      process.exit(2);
    }
    if (attempt === attempts) {
      console.error(`Giving up after ${attempts} attempts: ${String(err)}`);
      process.exitCode = 1;
    } else {
      // An empty balance does not refill itself: every one of these retries is wasted.
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
