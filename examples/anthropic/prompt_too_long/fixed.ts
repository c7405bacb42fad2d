// Fixed: when the prompt is too long, the oldest turns are dropped until the prompt fits the
// limit the error states (with a margin), and the request is sent once more.
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

/** Drops the oldest messages, estimating each one's share of the tokens by its length. */
function trimToFit(messages: Anthropic.MessageParam[], tokens: number, limit: number) {
  const sizes = messages.map((m) => JSON.stringify(m.content).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  let estimate = tokens;
  let start = 0;
  while (estimate > limit * 0.9 && start < messages.length - 1)
    estimate -= (tokens * sizes[start++]!) / total;
  while (start < messages.length - 1 && messages[start]!.role !== 'user') start++; // start on a user turn
  return messages.slice(start);
}

async function ask(messages: Anthropic.MessageParam[], retried = false): Promise<Anthropic.Message> {
  try {
    return await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages });
  } catch (err) {
    const tooLong =
      err instanceof Anthropic.BadRequestError &&
      /prompt is too long: (\d+) tokens > (\d+) maximum/i.exec(err.apiMessage ?? '');
    if (!tooLong || retried) throw err;
    const [tokens, limit] = [Number(tooLong[1]), Number(tooLong[2])];
    const kept = trimToFit(messages, tokens, limit);
    console.error(
      `Prompt is ${tokens} tokens, limit ${limit}: dropped the ${messages.length - kept.length} oldest messages and sent again.`,
    );
    return ask(kept, true);
  }
}

const msg = await ask(history);
console.log(msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''));
