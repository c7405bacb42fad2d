"""Broken: default settings against an overloaded DeepSeek: two quick retries, no deadline."""
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url=os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com"),
)

resp = client.chat.completions.create(
    model="deepseek-flash",
    messages=[{"role": "user", "content": "Summarise the release notes."}],
)
print(resp.choices[0].message.content)
