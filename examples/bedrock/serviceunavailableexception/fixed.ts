// Fixed: a larger retry budget for 503s, a cross-Region inference profile so that Bedrock can
// route the request to another Region, and a clear message if the service is still unavailable.
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ServiceUnavailableException,
} from '@aws-sdk/client-bedrock-runtime';

// maxAttempts counts the first request. The SDK backs off exponentially with jitter.
const client = new BedrockRuntimeClient({ maxAttempts: 6 });

try {
  const res = await client.send(
    new ConverseCommand({
      modelId: 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
      messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
    }),
  );
  console.error(`Answered after ${res.$metadata.attempts} attempts.`);
  console.log(res.output?.message?.content?.[0]?.text);
} catch (err) {
  if (!(err instanceof ServiceUnavailableException)) throw err;
  console.error(
    `Bedrock unavailable after ${err.$metadata.attempts} attempts: ${err.message} Try again later or another Region.`,
  );
  process.exitCode = 3;
}
