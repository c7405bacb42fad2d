// Broken: relies on the default retry budget, which a burst of 503s outlasts.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

// Default: 3 attempts, with delays of a few tens of milliseconds between them for a 503.
const client = new BedrockRuntimeClient({});

const res = await client.send(
  new ConverseCommand({
    modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0',
    messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
  }),
);
console.log(res.output?.message?.content?.[0]?.text);
