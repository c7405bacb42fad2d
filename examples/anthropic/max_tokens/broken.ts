// Broken: the answer is used without looking at stop_reason. When it hit max_tokens, the text
// stops mid-JSON, and the failure shows up later as a parse error far from its cause.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const msg = await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Summarise this quarterly report as JSON: {title, sections[]} ...' }],
});
const text = msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
const report = JSON.parse(text) as { title: string; sections: unknown[] }; // SyntaxError when cut off
console.log(`${report.title}: ${report.sections.length} section(s)`);
