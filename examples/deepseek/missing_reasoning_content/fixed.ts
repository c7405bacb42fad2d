// Fixed: the assistant turn goes back with its reasoning_content (an empty string if the API
// sent none), so every later request in the conversation carries the model's reasoning.
import OpenAI from 'openai';

/** DeepSeek's assistant message: the OpenAI shape plus the chain of thought. */
type DeepSeekAssistantMessage = OpenAI.ChatCompletionAssistantMessageParam & {
  reasoning_content?: string | null;
};

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
  const msg = res.choices[0]!.message as OpenAI.ChatCompletionMessage & { reasoning_content?: string | null };
  if (!msg.tool_calls?.length) {
    console.log(msg.content);
    break;
  }
  const assistant: DeepSeekAssistantMessage = {
    role: 'assistant',
    content: msg.content,
    tool_calls: msg.tool_calls,
    // Required on a turn that called a tool, in this request and every later one.
    reasoning_content: msg.reasoning_content ?? '',
  };
  messages.push(assistant);
  for (const call of msg.tool_calls) {
    messages.push({ role: 'tool', tool_call_id: call.id, content: '{"temperature_c": 24, "sky": "sunny"}' });
  }
}
