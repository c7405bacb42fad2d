// Fixed: a ModelErrorException is the model failing on this request, so it is retried once with
// the settings the Nova tool-use guide recommends (greedy decoding, room for the tool input).
import { BedrockRuntimeClient, ConverseCommand, ModelErrorException } from '@aws-sdk/client-bedrock-runtime';
import type { ConverseCommandInput } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

const request: ConverseCommandInput = {
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
};

async function converse(input: ConverseCommandInput) {
  try {
    return await client.send(new ConverseCommand(input));
  } catch (err) {
    if (!(err instanceof ModelErrorException)) throw err;
    console.error(
      `Model error (original status ${err.originalStatusCode ?? 'n/a'}): ${err.message} Retrying once with greedy decoding.`,
    );
    return client.send(
      new ConverseCommand({
        ...input,
        inferenceConfig: { ...input.inferenceConfig, temperature: 0, maxTokens: 3000 },
        additionalModelRequestFields: { inferenceConfig: { topK: 1 } },
      }),
    );
  }
}

const res = await converse(request);
for (const block of res.output?.message?.content ?? []) {
  if (block.toolUse) console.log(`Tool call: ${block.toolUse.name}(${JSON.stringify(block.toolUse.input)})`);
}
