// Fixed: a refusal by the safety system is recognised by its code and reported to the user, who
// must change the prompt. It is never retried unchanged.
import OpenAI from 'openai';

const client = new OpenAI();
// content_policy_violation (DALL-E), moderation_blocked (gpt-image models), invalid_prompt (chat
// and reasoning models): the same decision, three codes.
const REFUSALS = new Set(['content_policy_violation', 'moderation_blocked', 'invalid_prompt']);

try {
  const img = await client.images.generate({
    model: 'dall-e-3',
    prompt: 'A poster for the battle scene in chapter 12',
    size: '1024x1024',
  });
  console.log(img.data?.[0]?.url);
} catch (err) {
  if (!(err instanceof OpenAI.BadRequestError) || !REFUSALS.has(err.code ?? '')) throw err;
  console.error(
    `The prompt was refused by OpenAI's safety system (${err.code}). Rephrase it; ` +
      `sending it again unchanged fails the same way. [request ${err.requestID}]`,
  );
  process.exitCode = 2;
}
