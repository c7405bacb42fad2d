// Broken: retries are switched off to "fail fast", so one passing 500 on Anthropic's
// side turns straight into an error for the user.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 0 });

async function answer(question: string): Promise<string> {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    messages: [{ role: 'user', content: question }],
  });
  return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
}

// The 500 propagates unhandled: the support chat shows an error page.
console.log(await answer('Where is my order #4521?'));
