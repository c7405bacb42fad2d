// Fixed: until the organization is verified, a refusal to stream is recognised and the same
// request is sent without streaming. Verification itself is done once, in the dashboard.
import OpenAI from 'openai';

const client = new OpenAI();
const request = {
  model: 'o3',
  messages: [
    { role: 'user' as const, content: 'Find the bug in this loop: for (i = 0; i <= n; i++) sum += a[i];' },
  ],
};

function needsVerification(err: unknown): err is InstanceType<typeof OpenAI.BadRequestError> {
  // code is the generic "unsupported_value"; the message and param say what is refused.
  return err instanceof OpenAI.BadRequestError && err.message.includes('organization must be verified');
}

try {
  const stream = await client.chat.completions.create({ ...request, stream: true });
  for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? '');
  process.stdout.write('\n');
} catch (err) {
  if (!needsVerification(err) || err.param !== 'stream') throw err; // "to use the model": no fallback
  console.error(`Streaming ${request.model} needs a verified organization; answering without streaming.`);
  const res = await client.chat.completions.create(request);
  console.log(res.choices[0]?.message.content);
}
