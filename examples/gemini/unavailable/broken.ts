// Broken: retries at once, three times in a row. The attempts land within milliseconds, inside
// the same overload spike, and add to the load that caused it; then the program gives up.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

let answer: string | undefined;
for (let attempt = 1; attempt <= 3 && answer === undefined; attempt++) {
  try {
    const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
    answer = res.text ?? '';
  } catch {
    // no wait before the next attempt
  }
}

if (answer === undefined) {
  console.error('Gemini is down. Try again later.');
  process.exitCode = 1;
} else {
  console.log(answer);
}
