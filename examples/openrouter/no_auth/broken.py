"""Broken: a misnamed variable; api_key=None makes the SDK send OPENAI_API_KEY to OpenRouter."""
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ.get("OPENROUTER_KEY"),  # never set: None falls back to OPENAI_API_KEY
    base_url=os.environ.get("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1"),
)

resp = client.chat.completions.create(
    model="openai/gpt-4o-mini",
    messages=[{"role": "user", "content": "Hello"}],
)
print(resp.choices[0].message.content)
