"""Broken: the openai client points at Groq but reads OPENAI_API_KEY, so Groq gets the wrong key."""
import os

from openai import OpenAI

client = OpenAI(
    # No api_key: the SDK falls back to OPENAI_API_KEY, an OpenAI key Groq does not know.
    base_url=os.environ.get("GROQ_BASE_URL", "https://api.groq.com") + "/openai/v1",
)

resp = client.chat.completions.create(
    model="llama-3.1-8b-instant",
    messages=[{"role": "user", "content": "Hello"}],
)
print(resp.choices[0].message.content)
