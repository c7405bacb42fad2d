// Broken: one short client-wide timeout for every request, including a slow reasoning
// request, and a catch that reports the timeout as a network problem, because
// APIConnectionTimeoutError is a subclass of APIConnectionError.
import OpenAI from 'openai';

const client = new OpenAI({ timeout: 1_000 }); // milliseconds; fine for short chat replies

try {
  const res = await client.chat.completions.create({
    model: 'o4-mini',
    messages: [{ role: 'user', content: 'Plan the database migration step by step.' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof OpenAI.APIConnectionError) {
    // Also catches APIConnectionTimeoutError: by now the SDK has waited 1 s three times.
    console.error(`Network problem, check your connection: ${err.message}`);
    process.exitCode = 1;
  } else if (err instanceof OpenAI.APIConnectionTimeoutError) {
    console.error('Timed out'); // never reached
  } else {
    throw err;
  }
}
