// Fixed: FAILED_PRECONDITION means the project cannot use the API as it is set up (no billing
// where the free tier is unavailable, or an unsupported location). Stop and say so.
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

const ai = new GoogleGenAI({});

try {
  const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  const e = geminiError(err);
  if (e?.status !== 'FAILED_PRECONDITION') throw err;
  console.error(`Gemini refused the project (FAILED_PRECONDITION): ${e.message}`);
  console.error(
    'Enable billing on the project in Google AI Studio, or run from a supported region. ' +
      'Another model or a retry will not help.',
  );
  process.exitCode = 2;
}
