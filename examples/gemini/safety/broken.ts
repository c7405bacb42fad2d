// Broken: res.text is used as if it always held the answer. A blocked answer comes back as
// HTTP 200 with no text at all, and the program fails later, on something else.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});
const review = 'The support agent was rude and I want a refund.';

const res = await ai.models.generateContent({
  model: 'gemini-2.5-flash',
  contents: `Extract {"complaint": string, "wants_refund": boolean} from this review: ${review}`,
  config: { responseMimeType: 'application/json' },
});
const data = JSON.parse(res.text ?? '') as { complaint: string }; // res.text is undefined when blocked
console.log(data.complaint);
