// Fixed: a key problem is recognised by the ErrorInfo reason API_KEY_INVALID, not by the HTTP
// status, and the message names the variable the key came from. It is never retried.
import { ApiError, GoogleGenAI } from '@google/genai';

interface GeminiError {
  code: number;
  message: string;
  status: string;
  details?: { '@type': string; reason?: string }[];
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

// The SDK takes GOOGLE_API_KEY over GEMINI_API_KEY when both are set: report the one it used.
const keyVar = process.env['GOOGLE_API_KEY'] ? 'GOOGLE_API_KEY' : 'GEMINI_API_KEY';
const ai = new GoogleGenAI({});

try {
  const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  const e = geminiError(err);
  const reason = e?.details?.find((d) => d['@type'].endsWith('google.rpc.ErrorInfo'))?.reason;
  if (reason !== 'API_KEY_INVALID') throw err;
  // The message varies: "API key not valid", "API key expired. Please renew the API key.", "API Key not found".
  console.error(`Gemini rejected the API key in ${keyVar} (${reason}): ${e?.message}`);
  console.error('Copy the key again from Google AI Studio (API keys page) and check for quotes or spaces.');
  process.exitCode = 2;
}
