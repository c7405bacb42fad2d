// Fixed: the history is cut only at a user message, so an assistant message with tool_calls and
// the tool results that answer it are kept or dropped together.
import OpenAI from 'openai';

const client = new OpenAI();
const system: OpenAI.ChatCompletionMessageParam = { role: 'system', content: 'You are a travel assistant.' };
const history: OpenAI.ChatCompletionMessageParam[] = [
  { role: 'user', content: 'What is the weather in Osaka?' },
  {
    role: 'assistant',
    content: null,
    tool_calls: [
      {
        id: 'call_weather_1',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Osaka"}' },
      },
    ],
  },
  { role: 'tool', tool_call_id: 'call_weather_1', content: '{"temp_c":18,"sky":"clear"}' },
  { role: 'assistant', content: 'It is 18 °C and clear in Osaka.' },
  { role: 'user', content: 'Do I need an umbrella tomorrow?' },
];

/** The last messages, about `max` of them, starting at a user message (a turn boundary). */
function lastTurns(messages: OpenAI.ChatCompletionMessageParam[], max: number) {
  let start = Math.max(0, messages.length - max);
  while (start > 0 && messages[start]?.role !== 'user') start--;
  return messages.slice(start);
}

const res = await client.chat.completions.create({
  model: 'gpt-4o-mini',
  messages: [system, ...lastTurns(history, 3)],
});
console.log(res.choices[0]?.message.content);
