// Broken: a tight 15-second timeout for a large input. The SDK also sends the timeout to the
// server as its deadline (the X-Server-Timeout header), so a slow answer is cut off with
// 504 DEADLINE_EXCEEDED, and nothing handles it.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ httpOptions: { timeout: 15_000 } });

async function summarise(text: string): Promise<string> {
  const res = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Summarise this report in one sentence:\n${text}`,
  });
  return res.text ?? '';
}

const report = 'Revenue, costs and headcount by region for the quarter. '.repeat(5000);
console.log(await summarise(report));
