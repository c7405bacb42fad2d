// Fixed: the slow request gets its own timeout, sized for the work (per-request options
// override the client's), and timeouts are told apart from connection errors.
import OpenAI from 'openai';

const client = new OpenAI({ timeout: 1_000, maxRetries: 1 }); // short default for chat replies

try {
  const res = await client.chat.completions.create(
    {
      model: 'o4-mini',
      messages: [{ role: 'user', content: 'Plan the database migration step by step.' }],
    },
    { timeout: 5_000 }, // this request may think for a while (scaled down from minutes)
  );
  console.log(res.choices[0]?.message.content);
} catch (err) {
  // Check the subclass first: APIConnectionTimeoutError extends APIConnectionError.
  if (err instanceof OpenAI.APIConnectionTimeoutError) {
    console.error('Timed out twice: raise the timeout for this request, stream it, or use background mode.');
    process.exitCode = 2;
  } else {
    throw err;
  }
}
