// Broken: every RateLimitError is treated as "slow down".
import OpenAI from 'openai';

const client = new OpenAI(); // maxRetries: 2 by default

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof OpenAI.RateLimitError) {
    // insufficient_quota is a 429 too. By now the SDK has sent the doomed request
    // three times, and this message sends the user off to wait for nothing.
    console.error('Rate limited, try again in a minute.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
