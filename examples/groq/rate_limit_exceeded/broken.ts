// Broken: every 429 from Groq is read as "quota used up", so a limit that clears in seconds stops the program.
import Groq from 'groq-sdk';

// Reads GROQ_API_KEY (and GROQ_BASE_URL). Retries are off because "we handle errors ourselves".
const client = new Groq({ maxRetries: 0 });

try {
  const res = await client.chat.completions.create({
    model: 'llama-3.1-8b-instant',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof Groq.RateLimitError) {
    // The message ends with "Need more tokens? Upgrade to Dev Tier", which reads like a billing
    // problem. It is a per-minute limit here: the response's retry-after header says 1 second.
    console.error('Groq quota exhausted: upgrade to the Dev Tier to continue.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
