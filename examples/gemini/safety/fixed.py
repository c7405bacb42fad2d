"""Fixed: before reading the text, check whether the prompt was blocked (prompt_feedback) or the
answer stopped for a safety reason (finish_reason), and say which category was flagged."""
import json
import sys

from google import genai
from google.genai import types

client = genai.Client()
review = "The support agent was rude and I want a refund."

response = client.models.generate_content(
    model="gemini-2.5-flash",
    contents=f'Extract {{"complaint": string, "wants_refund": boolean}} from this review: {review}',
    config=types.GenerateContentConfig(response_mime_type="application/json"),
)

feedback = response.prompt_feedback
block_reason = feedback.block_reason if feedback else None  # the prompt was refused: no candidates
candidate = response.candidates[0] if response.candidates else None
if block_reason or response.text is None:
    if block_reason:
        reason, ratings = f"prompt blocked: {block_reason.value}", feedback.safety_ratings or []
    else:
        finish = candidate.finish_reason.value if candidate and candidate.finish_reason else "unknown"
        reason, ratings = f"answer stopped: {finish}", (candidate.safety_ratings if candidate else None) or []
    flagged = [
        f"{r.category.value}={r.probability.value}"
        for r in ratings
        if r.category and r.probability and r.probability.value not in ("NEGLIGIBLE", "LOW")
    ]
    print(f"Gemini returned no text ({reason}; {', '.join(flagged) or 'no rating above LOW'}).", file=sys.stderr)
    sys.exit(2)  # retrying the same prompt gets the same block; log it, tell the user

print(json.loads(response.text)["complaint"])
