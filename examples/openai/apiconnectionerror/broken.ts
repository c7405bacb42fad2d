// Broken: retries are switched off, and the log keeps only "Connection error.", which
// says nothing about why the connection failed.
import OpenAI from 'openai';

const client = new OpenAI({ maxRetries: 0 }); // "fail fast"

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  // err.message is always "Connection error."; the real reason is in err.cause.
  console.error(`OpenAI request failed: ${(err as Error).message}`);
  process.exitCode = 1;
}
