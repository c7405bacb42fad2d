"""Broken: OpenAI's max_completion_tokens is sent to Mistral, which rejects extra fields (422)."""
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["MISTRAL_API_KEY"],
    base_url=os.environ.get("MISTRAL_BASE_URL", "https://api.mistral.ai") + "/v1",
)

# Raises openai.UnprocessableEntityError: the OpenAI SDK's class for a 422, here sent by Mistral.
resp = client.chat.completions.create(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Bonjour"}],
    max_completion_tokens=512,  # OpenAI-only: Mistral calls it max_tokens
)
print(resp.choices[0].message.content)
