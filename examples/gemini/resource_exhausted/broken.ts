// Broken: error handling copied from an OpenAI app. The quota sentence is the same, so every
// Gemini 429, including a per-minute limit that clears in seconds, is reported as "no credit".
import { GoogleGenAI } from '@google/genai';

// Unlike the openai SDK, @google/genai does not retry anything unless retryOptions is set.
const ai = new GoogleGenAI({});

try {
  const res = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello' });
  console.log(res.text);
} catch (err) {
  if (String(err).includes('You exceeded your current quota')) {
    // Wrong for Gemini: the body carries RetryInfo and QuotaFailure details that say whether
    // waiting helps. They are thrown away here.
    console.error('Out of credit: add a payment method or top up your balance.');
    process.exitCode = 1;
  } else {
    throw err;
  }
}
