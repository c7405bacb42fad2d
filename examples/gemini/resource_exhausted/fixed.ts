// Fixed: reads the QuotaFailure and RetryInfo details. A per-minute limit is retried after the
// delay the API asks for; a daily or free-tier quota that cannot clear soon stops the program.
import { ApiError, GoogleGenAI } from '@google/genai';

interface GeminiError {
  code: number;
  message: string;
  status: string;
  details?: { '@type': string; [field: string]: unknown }[];
}
interface Violation {
  quotaId?: string;
  quotaValue?: string;
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
const detail = (e: GeminiError, kind: string) =>
  e.details?.find((d) => d['@type'] === `type.googleapis.com/google.rpc.${kind}`);

const ai = new GoogleGenAI({});

for (let attempt = 1; ; attempt++) {
  try {
    const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
    console.log(res.text);
    break;
  } catch (err) {
    const e = geminiError(err);
    if (e?.status !== 'RESOURCE_EXHAUSTED') throw err;
    const violations = (detail(e, 'QuotaFailure')?.['violations'] ?? []) as Violation[];
    const ids = violations.map((v) => v.quotaId ?? '?').join(', ');
    const retryDelay = detail(e, 'RetryInfo')?.['retryDelay'];
    const delay = typeof retryDelay === 'string' ? parseFloat(retryDelay) : NaN; // "47s" -> 47
    // A per-day quota, or a quota of 0 (no free tier for this model), will not clear soon.
    const hopeless = violations.some((v) => v.quotaId?.includes('PerDay') || v.quotaValue === '0');
    if (hopeless || Number.isNaN(delay) || delay > 90 || attempt === 3) {
      console.error(`Gemini quota exhausted (${ids}): wait for the reset or enable billing. Not retrying.`);
      process.exitCode = 2;
      break;
    }
    console.error(`Rate limited (${ids}); retrying in ${delay}s as RetryInfo asks.`);
    await new Promise((resolve) => setTimeout(resolve, delay * 1000));
  }
}
