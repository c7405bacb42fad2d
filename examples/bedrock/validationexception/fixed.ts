// Fixed: reads which kind of ValidationException came back. A bare model ID that needs an
// inference profile is retried once with the profile for the client's Region; every other
// kind is reported with what to change, and not retried.
import { BedrockRuntimeClient, ConverseCommand, ValidationException } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

/** The common ValidationException messages, by what the caller has to change. */
function kindOf(message: string): string {
  if (/on-demand throughput isn.t supported/.test(message)) return 'needs an inference profile';
  if (/doesn.t support on-demand throughput/.test(message)) return 'needs an inference profile';
  if (message.startsWith('The model returned the following errors:')) return 'rejected by the model';
  if (message.startsWith('Malformed input request')) return 'body does not match the model schema';
  if (message.includes('alternate between user and assistant')) return 'message roles out of order';
  if (/maximum tokens you requested exceeds?/.test(message)) return 'maxTokens above the model limit';
  if (message.includes('provided model identifier is invalid')) return 'unknown model ID here';
  return 'invalid request';
}

/** The cross-Region inference profile for a bare model ID: "us.", "eu." or "apac.". */
function profileFor(modelId: string, region: string): string | undefined {
  const geo = { us: 'us', eu: 'eu', ap: 'apac' }[region.split('-')[0] ?? ''];
  return geo && !/^(us|eu|apac|global|jp|au|us-gov)\./.test(modelId) ? `${geo}.${modelId}` : undefined;
}

async function ask(modelId: string, prompt: string): Promise<string | undefined> {
  const res = await client.send(
    new ConverseCommand({
      modelId,
      messages: [{ role: 'user', content: [{ text: prompt }] }],
      inferenceConfig: { maxTokens: 512 },
    }),
  );
  return res.output?.message?.content?.[0]?.text;
}

// Better still: put the profile ID in your configuration. This fallback covers old configs.
const modelId = process.env.BEDROCK_MODEL_ID ?? 'anthropic.claude-sonnet-4-20250514-v1:0';
try {
  console.log(await ask(modelId, 'Hello'));
} catch (err) {
  if (!(err instanceof ValidationException)) throw err;
  const kind = kindOf(err.message);
  const profile = profileFor(modelId, await client.config.region());
  if (kind !== 'needs an inference profile' || !profile) {
    console.error(`Bedrock rejected the request (${kind}): ${err.message}`);
    process.exit(2);
  }
  console.error(`${modelId} ${kind}. Retrying with inference profile ${profile}.`);
  console.log(await ask(profile, 'Hello'));
}
