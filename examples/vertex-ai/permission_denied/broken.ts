// Broken: every failure is retried as if Vertex AI were flaky. A 403 from IAM fails the same
// way until someone grants the role, so the loop only repeats the request.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ vertexai: true }); // GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION, ADC

for (let attempt = 1; attempt <= 3; attempt++) {
  try {
    const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
    console.log(res.text);
    break;
  } catch {
    console.error(`Vertex AI call failed (attempt ${attempt}), retrying.`);
    process.exitCode = 1;
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
}
