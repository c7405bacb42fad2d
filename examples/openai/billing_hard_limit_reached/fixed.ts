// Fixed: billing_hard_limit_reached is an account problem, told apart by its code. It goes to
// whoever owns the OpenAI organization, and users get a plain "unavailable" message.
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
  if (!(err instanceof OpenAI.BadRequestError) || err.code !== 'billing_hard_limit_reached') throw err;
  // Page the account owner: the limit is raised in the organization's billing settings.
  console.error(
    `OpenAI billing hard limit reached (${err.code}): raise the spend limit or add credit. ` +
      'Every request fails until then; retrying cannot help.',
  );
  process.exitCode = 2;
}
