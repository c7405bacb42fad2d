// Broken: a generic retry loop that treats a 400 like an outage. INVALID_ARGUMENT means the
// request itself is wrong (here: the API key), so every retry is refused the same way.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

let answer: string | undefined;
for (let attempt = 1; attempt <= 3 && answer === undefined; attempt++) {
  try {
    const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
    answer = res.text ?? '';
  } catch {
    // The error is dropped unread: its status and message would say what to fix.
    console.error(`Gemini call failed (attempt ${attempt}), retrying...`);
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}

if (answer === undefined) {
  console.error('Gemini seems to be down, giving up.');
  process.exitCode = 1;
} else {
  console.log(answer);
}
