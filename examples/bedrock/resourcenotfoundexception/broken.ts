// Broken: a model ID typed from memory (no version suffix), and no handling for a model that
// does not exist in this Region or was retired.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

const res = await client.send(
  new ConverseCommand({
    modelId: process.env.BEDROCK_MODEL_ID ?? 'amazon.titan-text-premier',
    messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
  }),
);
console.log(res.output?.message?.content?.[0]?.text);
