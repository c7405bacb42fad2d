// Fixed: the model name is configuration, not code. On 404 NOT_FOUND the script does what the
// message asks (list the models) and prints the names that support generateContent.
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

// The name is configuration now. The deployment still has the retired name set (the same one
// as the broken example), so the 404 below names it and the list shows what to set instead.
const MODEL = process.env['GEMINI_MODEL'] ?? 'gemini-1.5-flash';
const ai = new GoogleGenAI({});

try {
  const res = await ai.models.generateContent({ model: MODEL, contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  const e = geminiError(err);
  if (e?.status !== 'NOT_FOUND') throw err;
  const usable: string[] = [];
  for await (const model of await ai.models.list()) {
    if (model.supportedActions?.includes('generateContent')) {
      usable.push(model.name?.replace(/^models\//, '') ?? '?');
    }
  }
  console.error(`Model "${MODEL}" is not available (NOT_FOUND): ${e.message}`);
  console.error(`Set GEMINI_MODEL to one of: ${usable.join(', ')}`);
  process.exitCode = 2;
}
