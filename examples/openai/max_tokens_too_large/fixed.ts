// Fixed: the output limit never exceeds what the model allows. The 400 states the model's limit,
// so it is learned once per model and the request is sent again within it.
import OpenAI from 'openai';

const client = new OpenAI();
const outputLimits = new Map<string, number>(); // model -> output token limit, learned from errors

async function complete(model: string, prompt: string, wanted = 32000) {
  const limit = Math.min(wanted, outputLimits.get(model) ?? wanted);
  try {
    return await client.chat.completions.create({
      model,
      max_tokens: limit,
      messages: [{ role: 'user', content: prompt }],
    });
  } catch (err) {
    // "max_tokens is too large: 32000. This model supports at most 16384 completion tokens, ..."
    const allowed = err instanceof OpenAI.BadRequestError && /supports at most (\d+)/.exec(err.message);
    if (!allowed || outputLimits.has(model)) throw err; // any other 400, or already clamped once
    outputLimits.set(model, Number(allowed[1]));
    console.error(`${model} allows at most ${allowed[1]} output tokens; sending again with ${allowed[1]}.`);
    return complete(model, prompt, wanted);
  }
}

const res = await complete('gpt-4o', 'Write a migration guide for version 3 of our API.');
console.log(res.choices[0]?.message.content);
