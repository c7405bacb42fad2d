// Fixed: the tool is declared only through `tools` (no text format in the prompt), and a
// tool_use_failed is handled: log what the model wrote (failed_generation), then try again a
// limited number of times at a lower temperature, since the next sample is often valid.
import Groq from 'groq-sdk';

const client = new Groq(); // reads GROQ_API_KEY and GROQ_BASE_URL

interface GroqErrorBody {
  error?: { code?: string; message?: string; failed_generation?: string };
}

const tools: Groq.Chat.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather for a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];

async function askWithTools(question: string, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await client.chat.completions.create({
        model: 'llama-3.3-70b-versatile',
        messages: [{ role: 'user', content: question }],
        tools,
        temperature: attempt === 1 ? 0.7 : 0.2,
      });
      return res.choices[0]?.message;
    } catch (err) {
      // groq-sdk keeps the whole response body in err.error; the code is one level down.
      const body = err instanceof Groq.BadRequestError ? (err.error as GroqErrorBody).error : undefined;
      if (body?.code !== 'tool_use_failed' || attempt === attempts) throw err;
      console.error(
        `Groq rejected the model's tool call (tool_use_failed), attempt ${attempt}. ` +
          `The model wrote: ${body.failed_generation?.slice(0, 200)}`,
      );
    }
  }
}

const message = await askWithTools('What is the weather in Paris?');
for (const call of message?.tool_calls ?? []) {
  console.log(`Calling ${call.function.name} with ${call.function.arguments}`);
}
