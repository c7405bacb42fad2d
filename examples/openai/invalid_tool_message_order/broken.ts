// Broken: the history is cut to the last N messages, which can start with a tool result whose
// assistant message (the one with tool_calls) was cut off.
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

const MAX_MESSAGES = 3;
const res = await client.chat.completions.create({
  model: 'gpt-4o-mini',
  messages: [system, ...history.slice(-MAX_MESSAGES)], // starts with the tool result: 400
});
console.log(res.choices[0]?.message.content);
