// Broken: a chat bot that sends the whole conversation, every turn, forever.
import OpenAI from 'openai';

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

const client = new OpenAI();

// Stands in for a long-running conversation loaded from storage.
const history: Message[] = [{ role: 'system', content: 'You are a helpful support agent.' }];
for (let turn = 0; turn < 400; turn++) {
  history.push({ role: 'user', content: `Question ${turn}: ${'details '.repeat(150)}` });
  history.push({ role: 'assistant', content: `Answer ${turn}: ${'explanation '.repeat(150)}` });
}

history.push({ role: 'user', content: 'And what about my last order?' });
// Once the history outgrows the model's context window, every call fails with a 400,
// and retrying the same request fails the same way.
const res = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: history });
console.log(res.choices[0]?.message.content);
