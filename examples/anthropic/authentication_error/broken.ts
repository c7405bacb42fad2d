// Broken: every failure becomes a friendly fallback, so a rejected API key goes unnoticed.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function reply(question: string): Promise<string> {
  try {
    const msg = await client.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 512,
      messages: [{ role: 'user', content: question }],
    });
    return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
  } catch {
    // A 401 is not a passing glitch: every request with this key fails the same way,
    // and nothing here tells anyone.
    return 'Sorry, the assistant is unavailable right now.';
  }
}

console.log(await reply('What are your opening hours?'));
