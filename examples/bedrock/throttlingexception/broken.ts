// Broken: trusts the SDK's automatic retries, which never see a throttle that arrives
// inside a stream that has already started.
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';

// Default retry strategy: "standard", 3 attempts. It retries a 429 ThrottlingException
// response, but not an exception frame inside an HTTP 200 event stream.
const client = new BedrockRuntimeClient({});

const res = await client.send(
  new ConverseStreamCommand({
    modelId: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
    messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
  }),
);

// The throttlingException frame is thrown here, halfway through the answer, and nothing
// catches it: the user sees a few words, then a crash.
for await (const event of res.stream ?? []) {
  const text = event.contentBlockDelta?.delta?.text;
  if (text) process.stdout.write(text);
}
process.stdout.write('\n');
