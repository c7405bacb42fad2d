// Broken: Claude on Vertex AI called with the Anthropic API's model ID, and a 404 handler
// written for the Anthropic API. Vertex AI names Claude models differently
// (claude-haiku-4-5@20251001), and its 404 is Google's error body, so err.type is null and
// the fallback below never runs.
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { NotFoundError } from '@anthropic-ai/sdk';

// Reads CLOUD_ML_REGION and ANTHROPIC_VERTEX_PROJECT_ID, authenticates with ADC.
const client = new AnthropicVertex();

try {
  const message = await client.messages.create({
    model: 'claude-haiku-4-5-20251001', // the Anthropic API's ID, unknown to Vertex AI
    max_tokens: 256,
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(message.content[0]?.type === 'text' ? message.content[0].text : '');
} catch (err) {
  if (err instanceof NotFoundError && err.type === 'not_found_error') {
    console.error('Model not found, falling back to the default model.');
  } else {
    throw err; // on Vertex AI every 404 lands here
  }
}
