// Fixed: gives the model time to load. ModelNotReadyException is retried by the SDK with an
// exponential backoff, so a larger maxAttempts is enough; if it is still loading after that,
// say so instead of crashing.
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ModelNotReadyException,
} from '@aws-sdk/client-bedrock-runtime';

// Delays grow from up to 1 s to at most 20 s per retry, so 10 attempts wait up to a few minutes.
const client = new BedrockRuntimeClient({ maxAttempts: 10 });

try {
  const res = await client.send(
    new ConverseCommand({
      modelId: 'arn:aws:bedrock:us-east-1:111122223333:imported-model/k2jd8f3h4s5a',
      messages: [{ role: 'user', content: [{ text: 'Classify this ticket: printer on fire' }] }],
    }),
  );
  console.error(`Model ready after ${res.$metadata.attempts} attempts.`);
  console.log(res.output?.message?.content?.[0]?.text);
} catch (err) {
  if (!(err instanceof ModelNotReadyException)) throw err;
  console.error(
    `The imported model is still loading (${err.message}). Queue the request and try again later.`,
  );
  process.exitCode = 3;
}
