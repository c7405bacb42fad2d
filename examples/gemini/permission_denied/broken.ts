// Broken: the key is pasted into the source (and so into the repository and any bundle built
// from it). Scanners find such keys; Google then blocks them with 403 PERMISSION_DENIED, and
// the catch below hides that behind a "try again later" message.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ apiKey: 'AIza-pasted-into-the-source' });

async function reply(message: string): Promise<string> {
  try {
    const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: message });
    return res.text ?? '';
  } catch {
    // Every failure looks the same to the user, and nothing is logged.
    return '';
  }
}

const text = await reply('Hello');
if (text) {
  console.log(text);
} else {
  console.error('The assistant is busy right now. Please try again later.');
  process.exitCode = 1;
}
