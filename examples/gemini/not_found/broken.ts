// Broken: a model name copied from an old tutorial, hard-coded. Once Google retires the model,
// every call fails with 404 NOT_FOUND and the script dies with the raw error.
import { GoogleGenAI } from '@google/genai';

// Retired models are not redirected to a newer version: the name simply stops working.
const MODEL = 'gemini-1.5-flash';

const ai = new GoogleGenAI({});

async function answer(question: string): Promise<string> {
  const res = await ai.models.generateContent({
    model: MODEL,
    contents: question,
    config: { temperature: 0.2 },
  });
  return res.text ?? '';
}

console.log(await answer('Hello'));
