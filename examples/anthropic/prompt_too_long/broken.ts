// Broken: the whole conversation is sent on every turn. Once it outgrows the context window,
// every request fails with the same 400, and the session is stuck.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const history: Anthropic.MessageParam[] = [];
for (let turn = 1; turn <= 40; turn++) {
  history.push(
    { role: 'user', content: `Turn ${turn}: here is the next chunk of the incident log: ...` },
    { role: 'assistant', content: `Noted chunk ${turn}.` },
  );
}
history.push({ role: 'user', content: 'Turn 41: what caused the outage?' });

const msg = await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: history });
console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
