// Broken: 429 handling carried over from the Gemini API (AI Studio keys). There, a 429 carries
// RetryInfo and QuotaFailure details; on Vertex AI it usually carries neither, so this handler
// decides no wait is possible and gives up on a 429 that clears in seconds.
import { ApiError, GoogleGenAI } from '@google/genai';

// Vertex AI: reads GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION, authenticates with ADC.
const ai = new GoogleGenAI({ vertexai: true });

try {
  const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  if (!(err instanceof ApiError) || err.status !== 429) throw err;
  const details: { '@type': string }[] = JSON.parse(err.message).error?.details ?? [];
  const retryInfo = details.find((d) => d['@type'].endsWith('google.rpc.RetryInfo'));
  if (!retryInfo) {
    console.error('Quota exhausted and no retry delay given: not retrying.');
    process.exitCode = 1;
  }
}
