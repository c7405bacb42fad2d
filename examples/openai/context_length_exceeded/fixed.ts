// Fixed: keep the system prompt, drop the oldest turns until the request fits.
import OpenAI from 'openai';

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

const client = new OpenAI();

const history: Message[] = [{ role: 'system', content: 'You are a helpful support agent.' }];
for (let turn = 0; turn < 400; turn++) {
  history.push({ role: 'user', content: `Question ${turn}: ${'details '.repeat(150)}` });
  history.push({ role: 'assistant', content: `Answer ${turn}: ${'explanation '.repeat(150)}` });
}

async function reply(messages: Message[]): Promise<string> {
  let [system, ...turns] = messages;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [system!, ...turns],
      });
      return res.choices[0]?.message.content ?? '';
    } catch (err) {
      if (!(err instanceof OpenAI.BadRequestError) || err.code !== 'context_length_exceeded') throw err;
      // Same request, same 400: shorten it. Keep the newest half of the turns.
      const dropped = Math.ceil(turns.length / 2);
      turns = turns.slice(dropped);
      console.error(`Context window exceeded: dropped the ${dropped} oldest messages.`);
    }
  }
  throw new Error('The conversation is still too long after trimming.');
}

history.push({ role: 'user', content: 'And what about my last order?' });
console.log(await reply(history));
