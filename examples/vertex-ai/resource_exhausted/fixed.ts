// Fixed: a Vertex AI 429 is retried with exponential backoff (the SDK's own retries, opt-in
// from @google/genai 1.41.0). If it persists, the message says which case it is: shared
// capacity ("Resource exhausted") or a per-project quota ("Quota exceeded for <metric>").
import { ApiError, GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({
  vertexai: true,
  // 429, 408 and 5xx are retried by default once retryOptions is set; 4 attempts in all.
  httpOptions: { retryOptions: { attempts: 4, initialDelay: 1, maxDelay: 30 } },
});

try {
  const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  if (!(err instanceof ApiError) || err.status !== 429) throw err;
  const message = String(JSON.parse(err.message).error?.message ?? err.message);
  const quota = /Quota exceeded for (\S+) with base model: ([\w.@-]+)/.exec(message);
  if (quota) {
    console.error(
      `Per-project quota ${quota[1]} for ${quota[2]} is used up: request an increase on the Quotas page, or move to a model on dynamic shared quota.`,
    );
  } else {
    console.error(
      'Vertex AI had no capacity for this request after 4 attempts: try the global endpoint, spread the load, or buy Provisioned Throughput.',
    );
  }
  process.exitCode = 2;
}
