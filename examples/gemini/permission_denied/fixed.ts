// Fixed: the key comes from the server's environment, never from the source. A 403
// PERMISSION_DENIED is shown with the API's own message and is not retried: a person has to
// replace the key or change the project's settings.
import { ApiError, GoogleGenAI } from '@google/genai';

interface GeminiError {
  code: number;
  message: string;
  status: string;
}

// ApiError.message is the response body as JSON text.
function geminiError(err: unknown): GeminiError | undefined {
  if (!(err instanceof ApiError)) return undefined;
  try {
    return (JSON.parse(err.message) as { error?: GeminiError }).error;
  } catch {
    return undefined;
  }
}

const ai = new GoogleGenAI({}); // reads GEMINI_API_KEY (or GOOGLE_API_KEY) on the server

try {
  const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  const e = geminiError(err);
  if (e?.status !== 'PERMISSION_DENIED') throw err;
  console.error(`Gemini denied access (PERMISSION_DENIED): ${e.message}`);
  if (/leaked/i.test(e.message)) {
    console.error('Create a new key in Google AI Studio, delete the old one, and keep keys out of code.');
  } else {
    console.error(
      "Check the key's project, its API restrictions, and that the Generative Language API is enabled.",
    );
  }
  process.exitCode = 2;
}
