// Fixed: an interrupted stream (an error that is not an HTTP APIError, or a stream that
// ends without message_stop) is sent again, a bounded number of times. The SDK's retries
// only cover the request before the stream starts.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

class StreamCutOff extends Error {}

async function streamAnswer(prompt: string): Promise<string> {
  let text = '';
  const stream = client.messages.stream({
    model: 'claude-sonnet-4-6',
    max_tokens: 2048,
    messages: [{ role: 'user', content: prompt }],
  });
  stream.on('text', (delta) => (text += delta));
  try {
    const message = await stream.finalMessage(); // rejects if message_stop never came
    return message.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
  } catch (err) {
    // 429/5xx/overloaded_error arrive as APIError (with a status, or as an SSE error event)
    // and have their own handling. Anything else mid-stream is the connection.
    if (err instanceof Anthropic.APIError) throw err;
    throw new StreamCutOff(`Stream cut off after ${text.length} characters (${(err as Error).message})`);
  }
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
