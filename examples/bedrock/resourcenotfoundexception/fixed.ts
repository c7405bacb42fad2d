// Fixed: a 404 ResourceNotFoundException names the model and Region that failed, and the call
// falls back to the next configured model instead of taking the feature down.
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

// The configured ID may be mistyped, missing its version suffix or retired; the last entry
// is a known-good fallback.
const MODELS = [process.env.BEDROCK_MODEL_ID ?? 'amazon.titan-text-premier', 'us.amazon.nova-lite-v1:0'];

for (const [i, modelId] of MODELS.entries()) {
  try {
    const res = await client.send(
      new ConverseCommand({ modelId, messages: [{ role: 'user', content: [{ text: 'Hello' }] }] }),
    );
    console.log(res.output?.message?.content?.[0]?.text);
    break;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException) || i === MODELS.length - 1) throw err;
    const region = await client.config.region();
    console.error(
      `Model ${modelId} not found in ${region}: ${err.message} Falling back to ${MODELS[i + 1]}.`,
    );
  }
}
