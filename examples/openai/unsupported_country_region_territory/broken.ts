// Broken: every 403 is read as "the key lacks permission".
import OpenAI from 'openai';

const client = new OpenAI();

try {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(res.choices[0]?.message.content);
} catch (err) {
  if (err instanceof OpenAI.PermissionDeniedError) {
    // The key is fine: the request came from a place the API does not serve.
    // A new key, a new project or a bigger budget changes nothing.
    console.error('Permission denied: create a new API key with more permissions.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
