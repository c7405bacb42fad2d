// Broken: a tool-calling loop that rebuilds the assistant message from content and tool_calls
// only. In thinking mode (the default on DeepSeek's current models) the reasoning_content of a
// turn that called a tool must go back to the API, so the second request is rejected with 400.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.DEEPSEEK_API_KEY,
  baseURL: process.env.DEEPSEEK_BASE_URL ?? 'https://api.deepseek.com',
});

const tools: OpenAI.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather for a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];
const messages: OpenAI.ChatCompletionMessageParam[] = [
  { role: 'user', content: 'What is the weather in Hangzhou?' },
];

for (;;) {
  const res = await client.chat.completions.create({ model: 'deepseek-flash', messages, tools });
  const msg = res.choices[0]!.message;
  if (!msg.tool_calls?.length) {
    console.log(msg.content);
    break;
  }
  // The usual OpenAI pattern: reasoning_content is dropped here.
  messages.push({ role: 'assistant', content: msg.content, tool_calls: msg.tool_calls });
  for (const call of msg.tool_calls) {
    messages.push({ role: 'tool', tool_call_id: call.id, content: '{"temperature_c": 24, "sky": "sunny"}' });
  }
}
