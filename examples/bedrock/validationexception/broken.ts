// Broken: calls a newer Claude model by its bare foundation-model ID. Bedrock serves that
// model on demand only through an inference profile, so every call is rejected.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

// A 400 ValidationException is not retried by the SDK, and nothing here catches it.
const res = await client.send(
  new ConverseCommand({
    modelId: 'anthropic.claude-sonnet-4-20250514-v1:0',
    messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
    inferenceConfig: { maxTokens: 512 },
  }),
);
console.log(res.output?.message?.content?.[0]?.text);
