// Broken: every 429 is taken for an empty account, and the script gives up.
import OpenAI from 'openai';

const client = new OpenAI(); // maxRetries: 2, so three quick attempts in all

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Summarise this report: ...' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof OpenAI.RateLimitError) {
    // rate_limit_exceeded clears within seconds or a minute; only
    // insufficient_quota needs billing. This sends people to the wrong fix.
    console.error('OpenAI quota exceeded: add credits in the billing settings.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
