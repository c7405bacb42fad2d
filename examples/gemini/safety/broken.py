"""Broken: response.text is used as if it always held the answer. A blocked answer comes back as
HTTP 200 with no text at all (response.text is None), and the program fails later."""
import json

from google import genai
from google.genai import types

client = genai.Client()
review = "The support agent was rude and I want a refund."

response = client.models.generate_content(
    model="gemini-2.5-flash",
    contents=f'Extract {{"complaint": string, "wants_refund": boolean}} from this review: {review}',
    config=types.GenerateContentConfig(response_mime_type="application/json"),
)
data = json.loads(response.text)  # TypeError: ... not NoneType, when the answer was blocked
print(data["complaint"])
