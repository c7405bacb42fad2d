// Broken: streams a model that OpenAI lets only verified organizations stream.
import OpenAI from 'openai';

const client = new OpenAI();

const stream = await client.chat.completions.create({
  model: 'o3',
  stream: true, // 400 for an unverified organization: "must be verified to stream this model"
  messages: [{ role: 'user', content: 'Find the bug in this loop: for (i = 0; i <= n; i++) sum += a[i];' }],
});
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? '');
