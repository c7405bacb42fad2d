// Broken: the stream is read with no handling. When the connection closes mid-stream,
// Node's "TypeError: terminated" escapes from the loop: it is not an ApiError, and
// retryOptions (which only covers the request before the stream starts) does not help.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ httpOptions: { retryOptions: { attempts: 3 } } });

const stream = await ai.models.generateContentStream({
  model: 'gemini-2.5-flash',
  contents: 'How do I migrate the database?',
});
let text = '';
for await (const chunk of stream) text += chunk.text ?? '';
console.log(text);
