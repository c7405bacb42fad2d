// Fixed: the Vertex AI model ID (name@version), in a region that serves the model (or
// "global"). A 404 is read from Google's error body, which names the project, region and model
// Vertex AI looked up.
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { NotFoundError } from '@anthropic-ai/sdk';

const client = new AnthropicVertex(); // CLOUD_ML_REGION, e.g. us-east5 or global
const model = 'claude-haiku-4-5@20251001';

try {
  const message = await client.messages.create({
    model,
    max_tokens: 256,
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(message.content[0]?.type === 'text' ? message.content[0].text : '');
} catch (err) {
  if (!(err instanceof NotFoundError)) throw err;
  // On Vertex AI the body is {"error": {"code": 404, "message": "Publisher Model `projects/...` ...",
  // "status": "NOT_FOUND"}}, sometimes wrapped in a one-element array.
  const body = (Array.isArray(err.error) ? err.error[0] : err.error) as { error?: { message?: string } };
  console.error(
    `Vertex AI has no ${model} in ${client.region} for this project: ${body.error?.message ?? err.message}. Enable the model in Model Garden and pick a region that offers it.`,
  );
  process.exitCode = 2;
}
