// Fixed: network failures get their own bounded retry. A fetch-level error is a TypeError
// ("fetch failed", with the reason in err.cause) and not an ApiError, which is how it is
// told apart from an HTTP error. retryOptions needs @google/genai 1.41.0 or later.
import { ApiError, GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ httpOptions: { retryOptions: { attempts: 3 } } }); // HTTP 408/429/5xx

function networkReason(err: unknown): string | undefined {
  if (err instanceof ApiError || !(err instanceof TypeError) || err.message !== 'fetch failed')
    return undefined;
  const cause = err.cause as { code?: string; message?: string } | undefined;
  return cause?.code && cause.code !== 'UND_ERR_SOCKET' ? cause.code : (cause?.message ?? 'unknown');
}

for (let attempt = 1; ; attempt++) {
  try {
    const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
    console.log(res.text);
    break;
  } catch (err) {
    const reason = networkReason(err); // ECONNREFUSED, ENOTFOUND, a certificate error...
    if (reason === undefined || attempt === 3) throw err;
    const delay = 500 * 2 ** (attempt - 1);
    console.error(`Network error (${reason}); retrying in ${delay} ms`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
