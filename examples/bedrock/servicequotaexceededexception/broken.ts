// Broken: sorts Bedrock errors by HTTP status. ServiceQuotaExceededException is a 400, like
// ValidationException, so a quota problem is reported as a bug in the prompt.
import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

try {
  const res = await client.send(
    new InvokeModelCommand({
      modelId: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
      contentType: 'application/json',
      body: JSON.stringify({
        anthropic_version: 'bedrock-2023-05-31',
        max_tokens: 512,
        messages: [{ role: 'user', content: 'Hello' }],
      }),
    }),
  );
  console.log(JSON.parse(new TextDecoder().decode(res.body)).content[0].text);
} catch (err) {
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (status === 400) {
    console.error('Invalid request: check the prompt and parameters.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
