// Broken: only the SDK's own client-side timeout is treated as a timeout. A 504
// timeout_error from the API falls through to the generic branch and the job fails.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

try {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 16000,
    messages: [{ role: 'user', content: 'Summarise each section of this design document: ...' }],
  });
  console.log(msg.content);
} catch (err) {
  if (err instanceof Anthropic.APIConnectionTimeoutError) {
    console.error('Timed out, will try again later.');
  } else {
    console.error('Unexpected error:', String(err));
  }
  process.exitCode = 1;
}
