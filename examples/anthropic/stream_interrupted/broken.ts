// Broken: the stream helper's finalMessage() rejects when the connection closes
// mid-stream, with a plain AnthropicError("terminated") that is neither an APIError nor
// retried by the SDK. The text received so far is lost.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-sonnet-4-6',
  max_tokens: 2048,
  messages: [{ role: 'user', content: 'How do I migrate the database?' }],
});
stream.on('text', (delta) => process.stdout.write(delta));
const message = await stream.finalMessage();
console.log(`\nstop_reason: ${message.stop_reason}`);
