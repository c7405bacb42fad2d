// Fixed: a 403 is read, not retried. The ErrorInfo detail says which case it is: a missing IAM
// permission (IAM_PERMISSION_DENIED) or the Vertex AI API not enabled on the project
// (SERVICE_DISABLED).
import { ApiError, GoogleGenAI } from '@google/genai';

interface ErrorInfo {
  '@type': string;
  reason?: string;
  metadata?: Record<string, string>;
}

const ai = new GoogleGenAI({ vertexai: true });

try {
  const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  if (!(err instanceof ApiError) || err.status !== 403) throw err;
  // ApiError.message is the response body as JSON text.
  const error = JSON.parse(err.message).error as { message: string; details?: ErrorInfo[] };
  const info = error.details?.find((d) => d['@type'].endsWith('google.rpc.ErrorInfo'));
  if (info?.reason === 'SERVICE_DISABLED') {
    console.error(`Enable the Vertex AI API (aiplatform.googleapis.com) on ${info.metadata?.['consumer']}.`);
  } else {
    console.error(
      `IAM denied ${info?.metadata?.['permission'] ?? 'the call'} on ${info?.metadata?.['resource'] ?? 'the model'}: grant the caller's principal roles/aiplatform.user on project ${process.env['GOOGLE_CLOUD_PROJECT']}, and check that project, region and model are right. Not retrying.`,
    );
  }
  process.exitCode = 2;
}
