// Broken: a long generation in one synchronous call, and no handling for the model timing out.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

// The SDK does not retry a 408 ModelTimeoutException: the first one ends the program.
const res = await client.send(
  new ConverseCommand({
    modelId: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
    messages: [{ role: 'user', content: [{ text: 'Write the full report for these 400 pages: ...' }] }],
    inferenceConfig: { maxTokens: 32_000 },
  }),
);
console.log(res.output?.message?.content?.[0]?.text);
