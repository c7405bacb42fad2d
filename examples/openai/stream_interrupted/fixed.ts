// Fixed: an interrupted stream is detected (an error while iterating, or a stream that
// ends without finish_reason) and the whole request is sent again, a bounded number of
// times. The SDK's own retries only cover the request before the first byte arrives.
import OpenAI from 'openai';

const client = new OpenAI();

class StreamCutOff extends Error {}

async function streamAnswer(prompt: string): Promise<string> {
  let text = '';
  let finished = false;
  try {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: prompt }],
      stream: true,
    });
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.choices[0]?.finish_reason) finished = true;
    }
  } catch (err) {
    // An HTTP error (429, 500...) is an OpenAI.APIError and has its own handling; anything
    // else thrown mid-stream is the connection: "terminated", ECONNRESET, "other side closed".
    if (err instanceof OpenAI.APIError) throw err;
    throw new StreamCutOff(`Stream cut off after ${text.length} characters (${(err as Error).message})`);
  }
  if (!finished) throw new StreamCutOff(`Stream ended without finish_reason after ${text.length} characters`);
  return text;
}

const attempts = 3;
for (let attempt = 1; attempt <= attempts; attempt++) {
  try {
    console.log(await streamAnswer('How do I migrate the database?'));
    break;
  } catch (err) {
    if (!(err instanceof StreamCutOff) || attempt === attempts) throw err;
    console.error(`${err.message}; retrying (attempt ${attempt + 1} of ${attempts})`);
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}
