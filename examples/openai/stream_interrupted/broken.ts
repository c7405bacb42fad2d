// Broken: the stream is read with no handling at all. When the connection closes
// mid-stream, undici's "TypeError: terminated" escapes: the SDK does not wrap it in an
// OpenAI error and does not retry it, and the partial text is lost.
import OpenAI from 'openai';

const client = new OpenAI();

const stream = await client.chat.completions.create({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'How do I migrate the database?' }],
  stream: true,
});
let text = '';
for await (const chunk of stream) {
  text += chunk.choices[0]?.delta?.content ?? '';
}
console.log(text);
