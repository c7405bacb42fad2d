// Broken: on any error, fall back to the next model. FAILED_PRECONDITION is about the project
// (region, billing), not the model, so every fallback is refused the same way.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});
const MODELS = ['gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.5-pro'];

let answer: string | undefined;
for (const model of MODELS) {
  try {
    const res = await ai.models.generateContent({ model, contents: 'Hello' });
    answer = res.text ?? '';
    break;
  } catch {
    console.error(`${model} failed, trying the next model`);
  }
}

if (answer === undefined) {
  console.error('All Gemini models failed.');
  process.exitCode = 1;
} else {
  console.log(answer);
}
