// Fixed: a 400 INVALID_ARGUMENT is never retried. The ErrorInfo reason separates a bad API key
// from a malformed request, and the API's own message says which field to fix.
import { ApiError, GoogleGenAI } from '@google/genai';

interface GeminiError {
  code: number;
  message: string;
  status: string;
  details?: { '@type': string; [field: string]: unknown }[];
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

// Both SDKs prefer GOOGLE_API_KEY over GEMINI_API_KEY when both are set: say which one is used.
const keyVar = process.env['GOOGLE_API_KEY'] ? 'GOOGLE_API_KEY' : 'GEMINI_API_KEY';
const apiKey = process.env[keyVar]?.trim(); // stray spaces and newlines from .env files
const ai = new GoogleGenAI(apiKey ? { apiKey } : {});

try {
  const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  const e = geminiError(err);
  if (e?.status !== 'INVALID_ARGUMENT') throw err;
  const reason = e.details?.find((d) => d['@type'].endsWith('google.rpc.ErrorInfo'))?.['reason'];
  if (reason === 'API_KEY_INVALID') {
    console.error(`Gemini rejected the API key (API_KEY_INVALID): check ${keyVar} or create a new key.`);
  } else {
    console.error(`Gemini rejected the request (INVALID_ARGUMENT): ${e.message}`);
  }
  console.error('Retrying will not help.');
  process.exitCode = 2;
}
