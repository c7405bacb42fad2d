// Broken: every 400 is read as "the user's prompt was bad", so an account that has hit its spend
// limit sends users off to rewrite prompts that were fine.
import OpenAI from 'openai';

const client = new OpenAI();

try {
  const img = await client.images.generate({
    model: 'dall-e-3',
    prompt: 'A red envelope with a gold coin, paper-cut style',
    size: '1024x1024',
  });
  console.log(img.data?.[0]?.url);
} catch (err) {
  if (!(err instanceof OpenAI.BadRequestError)) throw err;
  console.error('Your prompt could not be used. Please try a different description.');
  process.exitCode = 1;
}
