// Fixed: ModelTimeoutException is retried after a backoff (the SDK does not retry it), and the
// request is made smaller each time so that a repeat timeout is less likely.
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ModelTimeoutException,
} from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});
const MAX_ATTEMPTS = 3;

async function generate(prompt: string, maxTokens: number): Promise<string | undefined> {
  const res = await client.send(
    new ConverseCommand({
      modelId: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
      messages: [{ role: 'user', content: [{ text: prompt }] }],
      inferenceConfig: { maxTokens },
    }),
  );
  return res.output?.message?.content?.[0]?.text;
}

let maxTokens = 32_000;
for (let attempt = 1; ; attempt++) {
  try {
    console.log(await generate('Write the report for section 1 of 8: ...', maxTokens));
    break;
  } catch (err) {
    if (!(err instanceof ModelTimeoutException) || attempt === MAX_ATTEMPTS) throw err;
    maxTokens = Math.max(1_024, Math.floor(maxTokens / 2));
    const delayMs = Math.round(250 * 2 ** attempt * Math.random());
    console.error(
      `Model timed out (attempt ${attempt}/${MAX_ATTEMPTS}); retrying in ${delayMs} ms with maxTokens ${maxTokens}.`,
    );
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}
