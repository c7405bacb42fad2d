// Broken: retryOptions is expected to cover network failures, but in @google/genai it
// retries HTTP statuses (408, 429, 5xx) and timeouts only. A connection that fails
// throws Node's "TypeError: fetch failed" on the first attempt.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ httpOptions: { retryOptions: { attempts: 3 } } });

const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
console.log(res.text);
