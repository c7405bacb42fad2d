// Fixed: an interrupted stream (an error while iterating that is not an ApiError, or a
// stream that ends without finishReason) is sent again, a bounded number of times.
import { ApiError, GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

class StreamCutOff extends Error {}

async function streamAnswer(prompt: string): Promise<string> {
  let text = '';
  let finishReason: string | undefined;
  try {
    const stream = await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: prompt });
    for await (const chunk of stream) {
      text += chunk.text ?? '';
      finishReason = chunk.candidates?.[0]?.finishReason ?? finishReason;
    }
  } catch (err) {
    if (err instanceof ApiError) throw err; // an HTTP error, or an error chunk in the stream
    throw new StreamCutOff(`Stream cut off after ${text.length} characters (${(err as Error).message})`);
  }
  if (!finishReason)
    throw new StreamCutOff(`Stream ended without finishReason after ${text.length} characters`);
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
