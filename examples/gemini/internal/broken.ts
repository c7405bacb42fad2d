// Broken: written as if the SDK retried server errors on its own, as the OpenAI and Anthropic
// SDKs do. @google/genai sends each request once unless retryOptions is set, so a single
// transient 500 INTERNAL ends the whole batch, and the summaries already made are lost.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

const tickets = [
  'I cannot log in since the last update.',
  'The invoice for March shows the wrong amount.',
  'How do I export my data to CSV?',
];

const summaries: string[] = [];
for (const ticket of tickets) {
  const res = await ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: `Summarise this support ticket in one line:\n${ticket}`,
  });
  summaries.push(res.text ?? '');
}
summaries.forEach((summary, i) => console.log(`#${i + 1}: ${summary}`));
