"""Broken: the openai client points at Mistral but reads OPENAI_API_KEY, so Mistral gets the wrong key."""
import os

from openai import OpenAI

client = OpenAI(
    # No api_key: the SDK falls back to OPENAI_API_KEY.
    base_url=os.environ.get("MISTRAL_BASE_URL", "https://api.mistral.ai") + "/v1",
)

# Raises openai.AuthenticationError: the OpenAI SDK's class for a 401, here sent by Mistral.
resp = client.chat.completions.create(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Bonjour"}],
)
print(resp.choices[0].message.content)
