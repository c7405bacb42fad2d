// Fixed: a 404 "No endpoints found..." is a routing answer, not a missing URL. For tool use,
// fall back to a model whose endpoints support tools; for a data policy, say which setting.
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1',
});

// The preferred model first, then a fallback listed at https://openrouter.ai/models?supported_parameters=tools
const MODELS = ['deepseek/deepseek-r1:free', 'openai/gpt-4o-mini'];
const tools: OpenAI.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];

for (const [i, model] of MODELS.entries()) {
  try {
    const res = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
      tools,
    });
    console.log(
      `${model}:`,
      JSON.stringify(res.choices[0]?.message.tool_calls ?? res.choices[0]?.message.content),
    );
    break;
  } catch (err) {
    if (!(err instanceof OpenAI.NotFoundError)) throw err;
    const message = (err.error as { message?: string } | undefined)?.message ?? '';
    if (!message.startsWith('No endpoints found')) throw err;
    if (message.includes('data policy')) {
      console.error(
        `${model}: every endpoint is excluded by your privacy settings: https://openrouter.ai/settings/privacy`,
      );
      process.exitCode = 2;
      break;
    }
    const next = MODELS[i + 1];
    if (!next) throw err;
    console.error(`${model}: ${message.split('.')[0]}; trying ${next}.`);
  }
}
