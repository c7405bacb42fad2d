// Broken: a system prompt written for models without native tool calling tells the model to write
// tool calls as text, while the request also declares the tool. Groq validates the model's output
// as a tool call, rejects it with tool_use_failed, and the uncaught error ends the agent.
import Groq from 'groq-sdk';

const client = new Groq(); // reads GROQ_API_KEY and GROQ_BASE_URL

const res = await client.chat.completions.create({
  model: 'llama-3.3-70b-versatile',
  messages: [
    {
      role: 'system',
      content: 'To use a tool, answer with <function=NAME{JSON arguments}</function> and nothing else.',
    },
    { role: 'user', content: 'What is the weather in Paris?' },
  ],
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Current weather for a city',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    },
  ],
});
console.log(res.choices[0]?.message.tool_calls);
