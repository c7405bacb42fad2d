// Fixed: a deadline sized for the job (10 minutes for a large input to a Pro model), and one
// retry on 504 DEADLINE_EXCEEDED. If it times out again, the input is too big to finish in
// time: split it into smaller requests rather than retrying the same one.
import { ApiError, GoogleGenAI } from '@google/genai';

// The timeout is in milliseconds; the SDK sends it to the server as the deadline in seconds.
const ai = new GoogleGenAI({ httpOptions: { timeout: 10 * 60_000 } });

const report = 'Revenue, costs and headcount by region for the quarter. '.repeat(5000);

async function summarise(text: string, retries = 1): Promise<string> {
  try {
    const res = await ai.models.generateContent({
      model: 'gemini-2.5-pro',
      contents: `Summarise this report in one sentence:\n${text}`,
    });
    return res.text ?? '';
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 504 || retries === 0) throw err;
    console.error('504 DEADLINE_EXCEEDED: retrying once');
    return summarise(text, retries - 1);
  }
}

console.log(await summarise(report));
