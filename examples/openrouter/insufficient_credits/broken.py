"""Broken: a large max_tokens on a nearly empty OpenRouter balance, and no 402 handling."""
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENROUTER_API_KEY"],
    base_url=os.environ.get("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1"),
)

resp = client.chat.completions.create(
    model="anthropic/claude-sonnet-4.5",
    max_tokens=16384,
    messages=[{"role": "user", "content": "Write a haiku about invoices."}],
)
print(resp.choices[0].message.content)
