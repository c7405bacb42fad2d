// Fixed: turns on the SDK's own retries (exponential backoff with jitter) for server errors
// only. If 500 persists after them, the request itself may be the trigger: shorten the input
// or try another model, as Google's troubleshooting guide suggests.
// retryOptions needs @google/genai 1.41.0 or later.
import { ApiError, GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({
  httpOptions: {
    retryOptions: {
      attempts: 3, // including the first request
      initialDelay: 1, // seconds, doubled after each failure
      httpStatusCodes: [500, 502, 503, 504], // not 429: quota errors need their own handling
    },
  },
});

const tickets = [
  'I cannot log in since the last update.',
  'The invoice for March shows the wrong amount.',
  'How do I export my data to CSV?',
];

for (const [i, ticket] of tickets.entries()) {
  try {
    const res = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: `Summarise this support ticket in one line:\n${ticket}`,
    });
    console.log(`#${i + 1}: ${res.text}`);
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 500) throw err;
    // Still 500 after 3 attempts: skip this ticket, keep the rest of the batch going.
    console.error(`#${i + 1}: 500 INTERNAL after 3 attempts; try a shorter input or another model.`);
    process.exitCode = 1;
  }
}
