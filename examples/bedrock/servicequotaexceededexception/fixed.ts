// Fixed: sorts Bedrock errors by exception name. A quota error is told apart from a bad
// request and from throttling, and is not retried at once.
import {
  BedrockRuntimeClient,
  InvokeModelCommand,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';

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
  if (err instanceof ServiceQuotaExceededException) {
    console.error(`Service quota exceeded (HTTP ${err.$metadata.httpStatusCode}): ${err.message}`);
    console.error(
      'Not retrying now: queue the work for later and check the quotas for this model in Service Quotas.',
    );
    process.exitCode = 2;
  } else if (err instanceof ThrottlingException) {
    console.error(`Throttled: ${err.message}`);
    process.exitCode = 3;
  } else if (err instanceof ValidationException) {
    console.error(`Invalid request: ${err.message}`);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
