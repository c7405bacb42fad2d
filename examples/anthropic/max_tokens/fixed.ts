// Fixed: stop_reason is checked before the answer is used. An answer cut off by max_tokens is
// requested again with more room, up to a cap; past the cap the task must be split.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const CAP = 16384; // the most this application allows per answer (the model's own limit may be higher)

async function summarise(maxTokens = 1024): Promise<{ title: string; sections: unknown[] }> {
  const msg = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: maxTokens,
    messages: [{ role: 'user', content: 'Summarise this quarterly report as JSON: {title, sections[]} ...' }],
  });
  if (msg.stop_reason === 'max_tokens') {
    if (maxTokens >= CAP) throw new Error(`Still cut off at max_tokens=${maxTokens}: split the task.`);
    const next = Math.min(maxTokens * 4, CAP);
    console.error(
      `Answer cut off at max_tokens=${maxTokens} (stop_reason: max_tokens); sending again with ${next}.`,
    );
    return summarise(next);
  }
  const text = msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
  return JSON.parse(text) as { title: string; sections: unknown[] };
}

const report = await summarise();
console.log(`${report.title}: ${report.sections.length} section(s)`);
