// Fixed: a throttle inside the stream is caught, the partial answer is thrown away, and the
// whole request is sent again after an exponential backoff with jitter.
import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  ThrottlingException,
} from '@aws-sdk/client-bedrock-runtime';

// The SDK still retries 429 responses that arrive before the stream starts.
const client = new BedrockRuntimeClient({});
const MAX_ATTEMPTS = 4;

/** One streamed answer, collected; throws if the stream ends with an exception frame. */
async function streamAnswer(prompt: string): Promise<string> {
  const res = await client.send(
    new ConverseStreamCommand({
      modelId: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
      messages: [{ role: 'user', content: [{ text: prompt }] }],
    }),
  );
  let answer = '';
  for await (const event of res.stream ?? []) {
    answer += event.contentBlockDelta?.delta?.text ?? '';
  }
  return answer;
}

for (let attempt = 1; ; attempt++) {
  try {
    console.log(await streamAnswer('Hello'));
    break;
  } catch (err) {
    // In a stream the frame is "throttlingException"; the SDK raises ThrottlingException.
    if (!(err instanceof ThrottlingException) || attempt === MAX_ATTEMPTS) throw err;
    const delayMs = Math.round(Math.random() * Math.min(20_000, 500 * 2 ** attempt));
    console.error(
      `Throttled mid-stream (attempt ${attempt}/${MAX_ATTEMPTS}): ${err.message} Retrying the whole request in ${delayMs} ms.`,
    );
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}
