// Broken: sends tools to a model none of whose OpenRouter endpoints supports tool calling.
// OpenRouter finds no provider that can serve the request and answers 404.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1',
});

const res = await client.chat.completions.create({
  model: 'deepseek/deepseek-r1:free',
  messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    },
  ],
});
console.log(res.choices[0]?.message);
