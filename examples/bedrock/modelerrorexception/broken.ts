// Broken: a tool call with Amazon Nova at a high temperature, and no handling for the model
// producing an invalid tool-use sequence (HTTP 424 ModelErrorException, not retried by the SDK).
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

const res = await client.send(
  new ConverseCommand({
    modelId: 'us.amazon.nova-pro-v1:0',
    messages: [{ role: 'user', content: [{ text: 'What is the weather in Tokyo?' }] }],
    inferenceConfig: { temperature: 0.9, maxTokens: 300 },
    toolConfig: {
      tools: [
        {
          toolSpec: {
            name: 'get_weather',
            inputSchema: {
              json: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
            },
          },
        },
      ],
    },
  }),
);
console.log(JSON.stringify(res.output?.message?.content));
