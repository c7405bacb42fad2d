// Broken: a model id copied from an old snippet, hard-coded, with no handling. When
// the id is wrong or retired, the feature dies with an unhandled 404.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function summarise(text: string): Promise<string> {
  const msg = await client.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 512,
    messages: [{ role: 'user', content: `Summarise this support ticket: ${text}` }],
  });
  return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
}

console.log(await summarise('...'));
