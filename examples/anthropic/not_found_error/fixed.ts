// Fixed: the model id is configuration. A 404 for it names the id the API rejected,
// and one fallback model keeps the feature running until the setting is corrected.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
// In this demo the setting still holds the broken example's id.
const MODEL = process.env['CLAUDE_MODEL'] ?? 'claude-3-5-sonnet-latest';
const FALLBACK_MODEL = 'claude-sonnet-4-6';

async function summarise(model: string, text: string): Promise<string> {
  const msg = await client.messages.create({
    model,
    max_tokens: 512,
    messages: [{ role: 'user', content: `Summarise this support ticket: ${text}` }],
  });
  return msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
}

try {
  console.log(await summarise(MODEL, '...'));
} catch (err) {
  // Only a 404 about the model itself: a wrong URL or resource id is a different bug.
  if (!(err instanceof Anthropic.NotFoundError) || !err.apiMessage?.startsWith('model:')) throw err;
  console.error(`Model "${MODEL}" not found (${err.apiMessage}); using ${FALLBACK_MODEL}. Fix CLAUDE_MODEL.`);
  console.log(await summarise(FALLBACK_MODEL, '...'));
}
