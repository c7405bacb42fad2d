// Fixed: before reading the text, check whether the prompt was blocked (promptFeedback) or the
// answer stopped for a safety reason (finishReason), and say which category was flagged.
import { GoogleGenAI, HarmProbability } from '@google/genai';

const ai = new GoogleGenAI({});
const review = 'The support agent was rude and I want a refund.';

const res = await ai.models.generateContent({
  model: 'gemini-2.5-flash',
  contents: `Extract {"complaint": string, "wants_refund": boolean} from this review: ${review}`,
  config: { responseMimeType: 'application/json' },
});

const blockReason = res.promptFeedback?.blockReason; // the prompt itself was refused: no candidates
const candidate = res.candidates?.[0];
if (blockReason || res.text === undefined) {
  const reason = blockReason
    ? `prompt blocked: ${blockReason}`
    : `answer stopped: ${candidate?.finishReason}`;
  const ratings = (blockReason ? res.promptFeedback?.safetyRatings : candidate?.safetyRatings) ?? [];
  const flagged = ratings
    .filter((r) => r.probability !== HarmProbability.NEGLIGIBLE && r.probability !== HarmProbability.LOW)
    .map((r) => `${r.category}=${r.probability}`);
  console.error(`Gemini returned no text (${reason}; ${flagged.join(', ') || 'no rating above LOW'}).`);
  process.exitCode = 2; // retrying the same prompt gets the same block; log it, tell the user
} else {
  console.log((JSON.parse(res.text) as { complaint: string }).complaint);
}
