// Broken: a bad key is expected to come back as 401 or 403, as with most APIs. Gemini answers
// 400 INVALID_ARGUMENT, so the key error is retried as if the service were down.
import { ApiError, GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({}); // GOOGLE_API_KEY, or else GEMINI_API_KEY
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (let attempt = 1; ; attempt++) {
  try {
    const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
    console.log(res.text);
    break;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      console.error('Gemini API key rejected.');
      process.exit(2);
    }
    console.error(`Gemini request failed (attempt ${attempt}), retrying...`);
    if (attempt === 3) {
      console.error('Gemini is not responding. Try again later.');
      process.exitCode = 1;
      break;
    }
    await sleep(300 * attempt);
  }
}
