// Fixed: the timeout in milliseconds, per attempt, with retries for timeouts and 408/429/5xx
// (retryOptions: @google/genai 1.41.0 or later). A timeout is recognised by its name,
// AbortError (TimeoutError if you pass your own AbortSignal.timeout()).
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({
  httpOptions: { timeout: 30_000, retryOptions: { attempts: 3 } }, // 30 s per attempt
});

try {
  const res = await ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: 'Summarise this report: ...',
  });
  console.log(res.text);
} catch (err) {
  const name = (err as Error).name;
  if (name !== 'AbortError' && name !== 'TimeoutError') throw err;
  console.error('Gemini did not answer within 30 s, three times: stream the answer or shorten the input.');
  process.exitCode = 2;
}
