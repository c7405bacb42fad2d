// Broken: httpOptions.timeout is in milliseconds, not seconds. 30 means 30 ms, so every
// request is aborted: "AbortError: This operation was aborted" (a DOMException, not an
// ApiError). Without retryOptions the SDK does not retry it.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ httpOptions: { timeout: 30 } }); // meant: 30 seconds

const res = await ai.models.generateContent({
  model: 'gemini-2.5-flash',
  contents: 'Summarise this report: ...',
});
console.log(res.text);
